namespace HdndWorkflow.Functions.Conferences;

/// <summary>The app's own Vietnamese messages about conferences (the domain's are in <c>Domain.Messages</c>).</summary>
internal static class ConferenceTexts
{
    public const string ChangedMeanwhile = "Hội nghị vừa được người khác cập nhật. Vui lòng tải lại trang và thử lại.";
    public const string EditOnlyDraft = "Chỉ sửa được hội nghị chưa gửi giấy mời. Để đổi thời gian, hãy dùng chức năng dời lịch.";
    public const string RemoveOnlyDraft = "Chỉ xóa được đại biểu khi hội nghị chưa gửi giấy mời.";
    public const string AddInviteesClosed = "Không thể bổ sung đại biểu: hội nghị đã khóa đăng ký, đã diễn ra hoặc đã bị hủy.";
    public const string NoInvitees = "Chưa có đại biểu nào để bổ sung.";
    public const string UnknownCouncil = "Không tìm thấy Hội đồng nhân dân này, hoặc tài khoản không thuộc Hội đồng này.";
    public const string CouncilRequired = "Cần ghi mã Hội đồng nhân dân (councilId): tài khoản không thuộc riêng Hội đồng nào. Xem danh sách tại /api/councils.";
    public const string AlreadyStarted = "Hội nghị đã được bắt đầu gửi giấy mời.";
    public const string LinkInvalid = "Đường dẫn xác nhận không hợp lệ hoặc đã bị thay đổi.";
    public const string LinkExpired = "Đường dẫn xác nhận đã hết hạn vì hội nghị đã kết thúc.";
    public const string CalendarAnswer = "Trả lời qua lịch";
    public const string ReplyAlreadyHandled = "Thư trả lời này đã được xử lý. Vui lòng tải lại trang.";
    public const string DeputyLinkReadOnly = "Đồng chí được cử dự thay; việc thay đổi do người được mời thực hiện.";
}
