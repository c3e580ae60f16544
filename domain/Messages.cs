using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Vietnamese;

namespace HdndWorkflow.Domain;

/// <summary>Every message the domain shows users, in one place so the Vietnamese can be reviewed together.</summary>
internal static partial class Messages
{
    public const string CouncilIdRequired = "Mã HĐND không được để trống.";
    public const string CouncilNameRequired = "Tên HĐND không được để trống.";
    public const string UnitInvalid = "Loại đơn vị hành chính không hợp lệ.";
    public const string OrganizerRequired = "Tên cơ quan tổ chức không được để trống.";
    public const string ConferenceIdRequired = "Mã hội nghị không được để trống.";
    public const string KindInvalid = "Loại hội nghị không hợp lệ.";
    public const string OrdinalTooSmall = "Số thứ tự hội nghị (lần thứ) phải từ 1 trở lên.";
    public const string OwnTitleBlank = "Tên hội nghị không được chỉ có khoảng trắng; để trống để dùng tên ghép theo loại hội nghị.";
    public const string OwnTitleOneLine = "Tên hội nghị phải viết trên một dòng.";
    public const string EndBeforeStart = "Thời gian kết thúc phải sau thời gian bắt đầu.";
    public const string DeadlineNotBeforeStart = "Hạn đăng ký phải trước thời điểm bắt đầu hội nghị.";
    public const string VenueNameRequired = "Tên địa điểm không được để trống.";
    public const string CoChairRequired = "Hội nghị phải có ít nhất một đồng chủ trì.";
    public const string CoChairNameRequired = "Họ tên đồng chủ trì không được để trống.";
    public const string CoChairTitleRequired = "Đồng chủ trì phải có ít nhất một chức danh.";
    public const string TitleTextRequired = "Chức danh không được để trống.";
    public const string AgendaTitleRequired = "Nội dung chương trình không được để trống.";
    public const string InviteeRequired = "Hội nghị phải có ít nhất một khách mời.";
    public const string InviteeIdRequired = "Mã khách mời không được để trống.";
    public const string InviteeIdDuplicate = "Mã khách mời bị trùng.";
    public const string PersonNameRequired = "Họ tên khách mời không được để trống.";
    public const string PersonTitleRequired = "Chức vụ của khách mời không được để trống.";
    public const string UnitNameRequired = "Tên đơn vị được mời không được để trống.";
    public const string EmailRequired = "Địa chỉ email không được để trống.";
    public const string ReminderNotBeforeDeadline = "Thời điểm nhắc phải trước hạn đăng ký.";

    public const string NotDraft = "Chỉ có thể gửi giấy mời khi hội nghị đang ở trạng thái nháp.";
    public const string DeadlinePassedBeforeInviting = "Hạn đăng ký đã qua, không thể gửi giấy mời.";
    public const string NotInviting = "Chỉ có thể đóng đăng ký khi hội nghị đang mời tham dự.";
    public const string CannotMarkHeld = "Chỉ có thể ghi nhận đã tổ chức khi hội nghị đang mời hoặc đã đóng đăng ký.";
    public const string NotStartedYet = "Hội nghị chưa đến giờ bắt đầu.";
    public const string AlreadyHeld = "Hội nghị đã được tổ chức.";
    public const string AlreadyCancelled = "Hội nghị đã bị hủy.";

    public const string CancelledNoAnswers = "Hội nghị đã bị hủy, không nhận đăng ký tham dự.";
    public const string NotInvitedYet = "Giấy mời chưa được gửi, chưa thể đăng ký tham dự.";
    public const string RegistrationClosed = "Đã đóng đăng ký tham dự.";
    public const string InviteeNotFound = "Không tìm thấy khách mời trong danh sách của hội nghị.";
    public const string AnswerRequired = "Vui lòng chọn: tham dự, không tham dự hoặc cử người dự thay.";
    public const string DeputyNameRequired = "Họ tên người dự thay không được để trống.";
    public const string DeputyTitleRequired = "Chức vụ của người dự thay không được để trống.";

    public const string CalendarCancelled = "Hội nghị đã bị hủy.";
    public const string CalendarTime = "Thời gian";
    public const string CalendarPlace = "Địa điểm";
    public const string CalendarCoChairs = "Đồng chủ trì";
    public const string CalendarConfirm = "Xác nhận tham dự";

    public static string LevelEnded(CouncilLevel level) =>
        $"HĐND {level.DisplayName} chỉ áp dụng cho hội nghị trước ngày {VietnameseFormat.Date(CouncilLevels.TwoTierGovernmentFrom)}.";

    public static string NoLevelBelow(CouncilLevel level) =>
        $"HĐND {level.DisplayName} không có cấp dưới để tổ chức hội nghị với Thường trực HĐND cấp dưới.";

    public static string OwnTitleTooLong(int max) => $"Tên hội nghị không được dài quá {max} ký tự.";

    public static string EmailInvalid(string email) => $"Địa chỉ email \u201c{email}\u201d không hợp lệ.";

    public static string EmailDuplicate(string email) => $"Địa chỉ email \u201c{email}\u201d đã có trong danh sách khách mời.";

    public static string DeadlinePassed(string deadline) => $"Đã hết hạn đăng ký tham dự (hạn chót: {deadline}).";
}
