using HdndWorkflow.Email.Events;

namespace HdndWorkflow.Functions.Conferences.Delivery;

/// <summary>What the organizer reads about an e-mail that did not arrive.</summary>
internal static class DeliveryTexts
{
    public const string Sent = "Đã gửi";
    public const string NotSent = "Chưa gửi";
    public const string ResendOnlyInviting = "Chỉ gửi lại giấy mời được khi hội nghị đang trong thời gian mời.";
    public const string AddressRequired = "Vui lòng nhập địa chỉ email đã sửa.";
    public const string SameAddress = "Địa chỉ mới trùng với địa chỉ không nhận được thư. Vui lòng nhập địa chỉ đã sửa.";
    public const string NoDeputyAddress = "Đại biểu này không cử người dự thay có địa chỉ email.";

    public static string AddressInvalid(string email) => $"Địa chỉ email \u201c{email}\u201d không hợp lệ.";

    public static string AddressTaken(string email) => $"Địa chỉ email \u201c{email}\u201d đã là của một đại biểu khác trong danh sách.";

    public static string Label(DeliveryFailureKind kind) => kind switch
    {
        DeliveryFailureKind.Bounced => "Không gửi được: địa chỉ không nhận thư",
        DeliveryFailureKind.Dropped => "Không gửi được: địa chỉ bị chặn gửi (đã từng không nhận thư hoặc không hợp lệ)",
        DeliveryFailureKind.Blocked => "Không gửi được: máy chủ thư của người nhận từ chối",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
