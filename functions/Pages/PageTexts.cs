namespace HdndWorkflow.Functions.Pages;

/// <summary>The Vietnamese texts the pages' code chooses (the pages' own wording is in their .cshtml files).</summary>
internal static class PageTexts
{
    public const string AppName = "Hội nghị Thường trực HĐND";
    public const string FormRefused = "Biểu mẫu không được chấp nhận";
    public const string FormRefusedDetail =
        "Biểu mẫu đã hết hạn hoặc không được gửi từ trang của hệ thống. Vui lòng quay lại, tải lại trang và gửi lại.";

    public const string UnknownAction = "Thao tác không hợp lệ";
    public const string UnknownActionDetail = "Biểu mẫu gửi lên không cho biết cần làm gì. Vui lòng quay lại trang, tải lại và bấm nút của thao tác.";

    public const string ConferenceNotFound = "Không tìm thấy hội nghị";
    public const string ConferenceNotFoundDetail = "Hội nghị không tồn tại hoặc đã bị xóa. Vui lòng kiểm tra lại đường dẫn.";
    public const string Forbidden = "Tài khoản không có quyền với hội nghị này";
    public const string ForbiddenDetail =
        "Chỉ cán bộ tổ chức hội nghị của Hội đồng nhân dân này (hoặc quản trị viên) mới thực hiện được thao tác này.";
    public const string Conflict = "Hội nghị vừa được người khác cập nhật";
    public const string ReloadPage = "Tải lại trang hội nghị";
    public const string ToList = "Về danh sách hội nghị";
    public const string NoCouncil = "Tài khoản chưa được gắn với Hội đồng nhân dân nào";
    public const string NoCouncilDetail = "Vui lòng liên hệ quản trị viên để được cấp quyền.";

    public const string DateInvalid = "Ngày họp không hợp lệ: hãy chọn ngày, hoặc nhập theo dạng ngày/tháng/năm (ví dụ 05/08/2026).";
    public const string DeadlineInvalid = "Hạn đăng ký không hợp lệ: hãy chọn cả ngày và giờ.";
    /// <summary>"Giờ bắt đầu không hợp lệ: …" for the time named by <paramref name="what"/>.</summary>
    public static string TimeInvalid(string what) => $"{what} không hợp lệ: hãy chọn giờ, hoặc nhập theo dạng giờ:phút (ví dụ 08:00).";

    public const string RemindersInvalid = "Số giờ nhắc phải là các số nguyên dương, cách nhau bởi dấu phẩy (ví dụ 72, 24).";
}
