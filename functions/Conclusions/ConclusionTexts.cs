namespace HdndWorkflow.Functions.Conclusions;

/// <summary>The app's own Vietnamese messages about conclusions (the drafting's are in <c>Domain.Conclusions</c>).</summary>
internal static class ConclusionTexts
{
    public const string Status = "status";
    public const string Revision = "revision";
    public const string Comment = "comment";
    public const string Note = "note";
    public const string Reason = "reason";

    public const string NoteLabel = "Ghi chú gửi người duyệt";
    public const string CommentLabel = "Ý kiến";
    public const string CorrectionNoteLabel = "Nội dung đính chính";
    public const string ReasonLabel = "Lý do gỡ bài";

    public const string NotFound = "Không tìm thấy kết luận của hội nghị này.";
    public const string Forbidden = "Tài khoản không có quyền với kết luận của hội nghị này.";
    public const string ChangedMeanwhile = "Kết luận vừa được người khác cập nhật. Vui lòng tải lại và thử lại.";
    public const string NotHeld = "Hội nghị chưa diễn ra: chỉ ghi nhận kết quả sau khi hội nghị đã diễn ra.";
    public const string EditOnlyDrafting = "Chỉ sửa được dự thảo khi chưa trình duyệt hoặc khi được đề nghị chỉnh sửa.";
    public const string NotDraftedYet = "Dự thảo chưa được soạn: hãy ghi nhận kết quả hội nghị trước.";
    public const string OutcomeMissing = "Chưa ghi nhận kết quả hội nghị.";
    public const string StaleRevision = "Dự thảo đã có phiên bản mới hơn phiên bản đồng chí đang sửa hoặc duyệt. Vui lòng tải lại.";
    public const string NotInReview = "Dự thảo không ở trạng thái chờ duyệt.";
    public const string CommentRequired = "Cần ghi ý kiến để người soạn biết cần chỉnh sửa gì.";
    public const string NoteRequired = "Cần ghi nội dung đính chính để hiển thị cùng bài viết.";
    public const string ReasonRequired = "Cần ghi lý do gỡ bài.";
    public const string NotPublished = "Bài viết chưa được đăng hoặc đã bị gỡ.";
    public const string AmendmentPending = "Đang có một đề nghị đính chính hoặc gỡ bài chờ duyệt.";
    public const string NothingToDecide = "Không có đề nghị nào đang chờ duyệt.";
    public const string WrongRequest = "Đề nghị đang chờ duyệt là việc khác.";
    public const string NoCouncilNotice = "Hội đồng chưa được cấu hình thông tin ban hành thông báo.";
    public const string ArticleWithdrawn = "Bài viết đã được gỡ.";
    public const string ArticleNotFound = "Không tìm thấy bài viết.";
}
