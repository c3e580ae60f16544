namespace HdndWorkflow.Domain.Tests.Replies;

/// <summary>
/// The history mail clients put under a reply to the invitation, as they write it: the quoted letter says "xác nhận
/// tham dự", "Không tham dự" and "Cử người dự thay" itself, so a reply read with its history would always be wrong.
/// </summary>
internal static class ReplyQuotes
{
    private const string Letter = """
        GIẤY MỜI
        Trân trọng kính mời đồng chí Nguyễn Văn An, Chủ tịch HĐND xã Hải Phú
        Tới dự Hội nghị trao đổi kinh nghiệm hoạt động giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp xã lần thứ năm.
        Thời gian: Vào lúc 8 giờ 00, sáng thứ Năm, ngày 31/07/2025 (đến 11 giờ 30)
        Địa điểm: Hội trường Văn phòng Đoàn ĐBQH và HĐND tỉnh
        Đề nghị đồng chí xác nhận tham dự trước 17 giờ 00 ngày 28/07/2025.
        Tham dự: https://hdnd.quangtri.gov.vn/xac-nhan/AbC123?tra-loi=tham-du
        Không tham dự: https://hdnd.quangtri.gov.vn/xac-nhan/AbC123?tra-loi=khong-tham-du
        Cử người dự thay: https://hdnd.quangtri.gov.vn/xac-nhan/AbC123?tra-loi=cu-nguoi-du-thay
        Khi cử người dự thay, đề nghị ghi rõ họ tên, chức vụ và địa chỉ email của người dự thay.
        """;

    public static string Quoted => string.Join('\n', Letter.Split('\n').Select(line => "> " + line));

    /// <summary>Gmail in Vietnamese: the attribution wrapped over two lines, then the quote.</summary>
    public static string Gmail => $"""


        Vào Th 2, 21 thg 7, 2025 vào lúc 08:00 Văn phòng Đoàn ĐBQH và HĐND tỉnh <
        no-reply@hdnd.quangtri.gov.vn> đã viết:

        {Quoted}
        """;

    /// <summary>Outlook in Vietnamese: a rule, the header block, and the letter unquoted.</summary>
    public static string Outlook => $"""


        ________________________________
        Từ: Văn phòng Đoàn ĐBQH và HĐND tỉnh <no-reply@hdnd.quangtri.gov.vn>
        Đã gửi: Thứ Hai, ngày 21 tháng 7 năm 2025 8:00
        Đến: Nguyễn Văn An <an.nv@haiphu.gov.vn>
        Chủ đề: Giấy mời: Hội nghị trao đổi kinh nghiệm lần thứ năm

        {Letter}
        """;

    /// <summary>Zimbra, the mail server of many provinces: "Thư gốc" and the letter unquoted.</summary>
    public static string Zimbra => $"""


        ----- Thư gốc -----
        Từ: "Văn phòng Đoàn ĐBQH và HĐND tỉnh" <no-reply@hdnd.quangtri.gov.vn>
        Tới: "Nguyễn Văn An" <an.nv@haiphu.gov.vn>
        Đã gửi: Thứ Hai, 21 Tháng Bảy 2025 8:00:00
        Chủ đề: Giấy mời: Hội nghị trao đổi kinh nghiệm lần thứ năm

        {Letter}
        """;

    /// <summary>Apple Mail in English, quoted.</summary>
    public static string AppleMail => $"""


        On 21 Jul 2025, at 08:00, Văn phòng Đoàn ĐBQH và HĐND tỉnh <no-reply@hdnd.quangtri.gov.vn> wrote:

        {Quoted}
        """;

    /// <summary>Outlook's "-----Original Message-----" of older versions.</summary>
    public static string OriginalMessage => $"""


        -----Original Message-----
        From: Văn phòng Đoàn ĐBQH và HĐND tỉnh <no-reply@hdnd.quangtri.gov.vn>
        Sent: Monday, July 21, 2025 8:00 AM
        To: an.nv@haiphu.gov.vn
        Subject: Giấy mời: Hội nghị trao đổi kinh nghiệm lần thứ năm

        {Letter}
        """;

    /// <summary>Gmail's forward: the sender's note above, the invitation below.</summary>
    public static string Forwarded => $"""


        ---------- Forwarded message ---------
        From: Văn phòng Đoàn ĐBQH và HĐND tỉnh <no-reply@hdnd.quangtri.gov.vn>
        Date: Th 2, 21 thg 7, 2025 vào lúc 08:00
        Subject: Giấy mời: Hội nghị trao đổi kinh nghiệm lần thứ năm
        To: <an.nv@haiphu.gov.vn>

        {Letter}
        """;
}
