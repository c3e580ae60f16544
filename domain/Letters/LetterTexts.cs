using HdndWorkflow.Domain.Vietnamese;

namespace HdndWorkflow.Domain.Letters;

/// <summary>
/// The Vietnamese wording of the letters, in one place so that it can be reviewed together
/// (the domain's other messages are in <c>Messages.cs</c>).
/// </summary>
internal static class LetterTexts
{
    public const string SubjectInvitation = "Giấy mời";
    public const string SubjectDeputyInvitation = "Giấy mời dự thay";
    public const string SubjectReminder = "Nhắc xác nhận tham dự";
    public const string SubjectCancellation = "Thông báo hủy";
    public const string SubjectAnswerRecorded = "Đã ghi nhận trả lời";
    public const string SubjectAnswerNotRecorded = "Chưa ghi nhận được trả lời";

    public const string HeadingInvitation = "GIẤY MỜI";
    public const string HeadingDeputyInvitation = "GIẤY MỜI DỰ THAY";
    public const string HeadingReminder = "NHẮC XÁC NHẬN THAM DỰ";
    public const string HeadingUpdate = "THÔNG BÁO THAY ĐỔI";
    public const string HeadingCancellation = "THÔNG BÁO HỦY HỘI NGHỊ";
    public const string HeadingAnswerRecorded = "ĐÃ GHI NHẬN TRẢ LỜI";
    public const string HeadingAnswerNotRecorded = "CHƯA GHI NHẬN ĐƯỢC TRẢ LỜI";

    public const string Comrade = "đồng chí";
    public const string RespectfullyInvite = "Trân trọng kính mời ";
    public const string To = "Kính gửi: ";
    public const string AttendPrefix = "Tới dự ";
    public const string AgendaCaption = "Nội dung hội nghị:";

    public const string LabelTime = "Thời gian";
    public const string LabelPlace = "Địa điểm";
    public const string LabelDeadline = "Hạn xác nhận";
    public const string LabelNewTime = "Thời gian mới";
    public const string LabelOldTime = "Thời gian cũ";
    public const string LabelNewPlace = "Địa điểm mới";
    public const string LabelOldPlace = "Địa điểm cũ";
    public const string LabelNewDeadline = "Hạn xác nhận mới";
    public const string PlaceToBeAnnounced = "Sẽ thông báo sau";

    public const string WhatTime = "thời gian";
    public const string WhatPlace = "địa điểm";
    public const string WhatDeadline = "hạn xác nhận tham dự";

    public const string ChooseBelow = "Chọn một trong các phương án dưới đây để mở trang xác nhận:";
    public const string ChangeUntilDeadline =
        "Trang xác nhận cho phép thay đổi lựa chọn đến hết hạn nói trên. Khi cử người dự thay, đề nghị ghi rõ họ tên, " +
        "chức vụ và địa chỉ email của người dự thay.";

    public const string CalendarAttached =
        "Lịch hội nghị được đính kèm thư này (tệp .ics) để thêm vào Outlook, Gmail hoặc lịch trên điện thoại.";

    public const string CalendarUpdated = "Lịch hội nghị đính kèm thư này (tệp .ics) đã được cập nhật theo thông tin mới.";
    public const string CalendarRemoved = "Lịch hội nghị đính kèm thư này (tệp .ics) sẽ gỡ hội nghị khỏi lịch đã lưu.";
    public const string OtherDetailsUnchanged = "Các nội dung khác của giấy mời không thay đổi.";
    public const string EarlierAnswersVoid = "Xác nhận tham dự đã gửi trước đây (nếu có) không còn hiệu lực.";
    public const string ViewDetails = "Xem thông tin hội nghị";
    public const string DetailsPageBelow = "Thông tin hội nghị và các thay đổi (nếu có) được cập nhật tại trang riêng của đồng chí:";
    public const string PersonalLinkWarning =
        "Đường liên kết trong thư là riêng của người nhận; vui lòng không chuyển tiếp thư này.";

    public static string Issuer(string councilName) => $"Thường trực {councilName}";

    public static string Subject(string prefix, string title) => $"{prefix}: {title}";

    public static string SubjectUpdate(string what) => $"Thay đổi {what}";

    /// <summary>"7 giờ 30, sáng thứ Sáu, ngày 02/08/2024 (đến 11 giờ 30)", to follow "Vào lúc".</summary>
    public static string When(string start, string session, string dayOfWeek, string date, string end) =>
        $"{start}, {session} {dayOfWeek}, ngày {date} (đến {end})";

    public static string AtTime(string when) => $"Vào lúc {when}";

    public static string ChairedBy(bool several) => several ? "Hội nghị do các đồng chí " : "Hội nghị do đồng chí ";

    public static string ChairedByEnd(bool several) => several ? " đồng chủ trì." : " chủ trì.";

    public static string DeadlineRequest(string addressee, string deadline) =>
        $"Đề nghị {addressee} xác nhận tham dự trước {deadline}.";

    public static string NotAnsweredYet(string issuer) => $"{issuer} đã gửi giấy mời tới dự ";

    public static string NotAnsweredYetEnd(string addressee) => $", nhưng đến nay chưa nhận được xác nhận của {addressee}.";

    public static string IgnoreIfAnswered(string addressee) =>
        $"Nếu {addressee} đã xác nhận sau khi thư này được gửi đi, xin bỏ qua thư này.";

    public static string UpdateAnnouncement(string issuer, string what) => $"{issuer} trân trọng thông báo thay đổi {what} của ";

    public const string UpdateAnnouncementEnd = " như sau:";

    public static string EarlierAnswersStand(string addressee, string deadline) =>
        $"Nếu {addressee} đã xác nhận, xác nhận đó vẫn giữ nguyên giá trị, không cần xác nhận lại. " +
        $"{VietnameseFormat.Capitalize(addressee)} có thể xác nhận hoặc thay đổi xác nhận trước {deadline}.";

    public static string StillDeputyFor(string inviteeName) => $"Đồng chí vẫn được ghi nhận dự thay đồng chí {inviteeName}.";

    public static string StillRepresenting(string unitName) => $"Đồng chí vẫn được ghi nhận là đại diện của {unitName}.";

    public static string SorryForChange(string issuer, string addressee) =>
        $"{issuer} mong {addressee} thông cảm và sắp xếp tham dự.";

    public static string CancellationAnnouncement(string issuer) => $"{issuer} trân trọng thông báo hủy ";

    public static string CancellationPlanned(string when, string? place) =>
        place is null ? $" dự kiến tổ chức vào lúc {when}." : $" dự kiến tổ chức vào lúc {when}, tại {place}.";

    public static string NewInvitationIfHeldLater(string issuer) =>
        $"Trường hợp hội nghị được tổ chức vào thời gian khác, {issuer} sẽ gửi giấy mời mới.";

    public static string Apology(string issuer, string addressee) =>
        $"{issuer} thành thật xin lỗi vì sự bất tiện này và mong {addressee} thông cảm.";

    public static string CancelledPreheader(string date) => $"Hội nghị dự kiến tổ chức ngày {date} đã được hủy.";

    public static string DeadlinePreheader(string when, string deadline) => $"{AtTime(when)}. Hạn xác nhận: {deadline}.";

    public const string SentDeputyPerson = "Đồng chí ";

    public const string SentDeputyPersonEnd = " đã cử đồng chí dự thay tại ";

    public const string SentDeputyUnitEnd = " đã cử đồng chí đại diện tham dự ";

    public static string InviteDeputy(string issuer) => $"{issuer} trân trọng kính mời đồng chí tới dự.";

    public static string TellTheInviteeIfUnable(string invitee) =>
        $"Nếu không thể tham dự, đề nghị đồng chí báo lại {invitee} để thay đổi đăng ký.";

    public const string LabelAnswer = "Trả lời";
    public const string LabelReason = "Lý do";
    public const string LabelDeputyEmail = "Email người dự thay";
    public const string OpenConfirmationPage = "Mở trang xác nhận";

    public static string AnswerRecorded(string issuer, string whose) => $"{issuer} đã ghi nhận trả lời của {whose} đối với giấy mời dự ";

    public static string AnswerNotRecorded(string issuer, string whose) => $"{issuer} đã nhận thư của {whose} về giấy mời dự ";

    public const string AnswerNotRecordedEnd = ", nhưng chưa ghi nhận được trả lời:";

    public static string AnsweredFrom(string address) => $"Thư trả lời được gửi từ địa chỉ {address}.";

    public static string StillReminded(string deadline) =>
        $"Trả lời “Có thể tham dự” chưa phải là xác nhận chính thức; hệ thống sẽ tiếp tục nhắc trước hạn {deadline}.";

    public static string ChangeByReplying(string addressee, string deadline) =>
        $"Nếu cần thay đổi, {addressee} có thể trả lời thư này hoặc dùng trang xác nhận trước {deadline}.";

    /// <summary>
    /// "Đồng chí có thể trả lời ngay bằng cách phản hồi thư này: …; hoặc bấm nút Chấp nhận hoặc Từ chối trên lịch …",
    /// said only when replies by e-mail are read.
    /// </summary>
    public static string AnswerByReplying(string addressee, string calendar) =>
        $"{VietnameseFormat.Capitalize(addressee)} cũng có thể trả lời ngay bằng cách phản hồi thư này: ghi “Xác nhận tham dự”, " +
        "“Không tham dự” kèm lý do, hoặc “Cử đồng chí … dự thay” kèm họ tên, chức vụ và email của người dự thay; " +
        $"hoặc bấm nút Chấp nhận (Accept) hay Từ chối (Decline) trên {calendar}.";

    public const string CalendarOfThisLetter = "lịch hội nghị đính kèm thư này";
    public const string CalendarOfTheInvitation = "lịch hội nghị đã gửi kèm giấy mời";

    public static string ChangeByReplyingWithoutLink(string deadline) =>
        $"Nếu cần thay đổi, xin trả lời thư này trước {deadline}.";

    public static string ContactOrganizer(string office) => $"Mọi thông tin xin liên hệ {office}.";
}
