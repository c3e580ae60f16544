using System.Globalization;

namespace HdndWorkflow.Functions.Pages.Organizer;

/// <summary>
/// What a successful action says on the page it redirects to (post/redirect/get): a code in the query, never text
/// of the request's own, so nothing typed can be reflected into the page.
/// </summary>
internal static class Notices
{
    public const string Query = "thong-bao";
    public const string CountQuery = "so";
    public const string SkippedQuery = "bo-qua";

    public const string Created = "da-tao";
    public const string Edited = "da-sua";
    public const string Started = "da-bat-dau";
    public const string Closed = "da-khoa";
    public const string Held = "da-to-chuc";
    public const string Rescheduled = "da-doi-lich";
    public const string Cancelled = "da-huy";
    public const string InviteeAdded = "da-bo-sung";
    public const string Imported = "da-nhap";
    public const string ReplyRecorded = "da-ghi-nhan-thu";
    public const string ReplyDismissed = "da-bo-qua-thu";
    public const string Resent = "da-gui-lai";

    public static string? Text(string? code, int count, int skipped) => code switch
    {
        Created => "Đã lưu hội nghị ở dạng bản nháp. Kiểm tra lại thông tin, rồi bấm “Bắt đầu gửi giấy mời”.",
        Edited => "Đã lưu các thay đổi.",
        Started => "Đã bắt đầu gửi giấy mời. Giấy mời được gửi tới từng đại biểu trong ít phút.",
        Closed => "Đã khóa đăng ký. Đại biểu không thể trả lời thêm.",
        Held => "Đã ghi nhận hội nghị đã được tổ chức.",
        Rescheduled => "Đã dời lịch. Đại biểu đã nhận giấy mời sẽ nhận thông báo thay đổi.",
        Cancelled => "Đã hủy hội nghị. Đại biểu đã nhận giấy mời sẽ nhận thông báo hủy.",
        InviteeAdded => "Đã bổ sung đại biểu.",
        ReplyRecorded => "Đã ghi nhận trả lời theo thư. Người gửi thư sẽ nhận email xác nhận.",
        ReplyDismissed => "Đã bỏ qua thư, không ghi nhận trả lời.",
        Resent => "Đã sửa địa chỉ email. Giấy mời được gửi lại tới địa chỉ mới trong ít phút.",
        Imported when skipped > 0 => $"Đã nhập {Number(count)} đại biểu từ tệp; bỏ qua {Number(skipped)} dòng lỗi.",
        Imported => $"Đã nhập {Number(count)} đại biểu từ tệp.",
        _ => null,
    };

    private static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
}
