namespace HdndWorkflow.Functions.Pages.Conclusions;

/// <summary>The Vietnamese texts the conclusion pages' code chooses (the pages' own wording is in their .cshtml files).</summary>
internal static class ConclusionPageTexts
{
    public const string NotFound = "Không tìm thấy kết luận";
    public const string Forbidden = "Tài khoản không có quyền với kết luận này";
    public const string ForbiddenDetail =
        "Chỉ cán bộ tổ chức và người duyệt của Hội đồng nhân dân tổ chức hội nghị mới xem và xử lý được kết luận của hội nghị.";
    public const string Conflict = "Kết luận vừa được người khác cập nhật";
    public const string Reload = "Tải lại trang kết luận";
    public const string NotPossible = "Chưa thực hiện được";
    public const string ToConference = "Về trang hội nghị";

    public const string NumberInvalid = "Số liệu phải là số nguyên không âm, chỉ gồm chữ số (ví dụ 12 hoặc 1.245).";
    public const string PartOfInvalid = "Ghi số thứ tự của một dòng số liệu ở phía trên mà dòng này là chi tiết (ví dụ 1).";
    public const string TitleRequired = "Tiêu đề bài viết không được để trống.";
    public const string LeadRequired = "Đoạn mở đầu không được để trống.";
    public const string BodyRequired = "Cần có ít nhất một đoạn nội dung.";
    public const string ConclusionRequired = "Cần có ít nhất một đoạn kết luận.";
    public const string BylineRequired = "Cần ghi tác giả bài viết.";
    public const string SummaryRequired = "Trích yếu của thông báo không được để trống.";
    public const string ClosingRequired = "Câu kết của thông báo không được để trống.";
}

/// <summary>What a successful action says on the conclusion page it redirects to: a code in the query, never typed text.</summary>
internal static class ConclusionNotices
{
    public const string Query = "thong-bao";

    public const string OutcomeRecorded = "da-ghi-ket-qua";
    public const string DraftEdited = "da-sua-du-thao";
    public const string Submitted = "da-trinh";
    public const string Approved = "da-duyet";
    public const string ChangesRequested = "de-nghi-sua";
    public const string CorrectionProposed = "de-nghi-dinh-chinh";
    public const string WithdrawalRequested = "de-nghi-go";
    public const string Accepted = "dong-y";
    public const string Refused = "khong-dong-y";

    public static string? Text(string? code) => code switch
    {
        OutcomeRecorded => "Đã ghi nhận kết quả hội nghị. Dự thảo bài viết và thông báo được soạn từ kết quả này.",
        DraftEdited => "Đã lưu dự thảo thành phiên bản mới.",
        Submitted => "Đã trình duyệt. Người duyệt nhận thư đề nghị duyệt kèm đường dẫn tới trang này.",
        Approved => "Đã duyệt. Hệ thống cấp số thông báo, đăng bài và gửi thông báo tới nơi nhận.",
        ChangesRequested => "Đã gửi ý kiến đề nghị chỉnh sửa cho người soạn.",
        CorrectionProposed => "Đã gửi đề nghị đính chính tới người duyệt.",
        WithdrawalRequested => "Đã gửi đề nghị gỡ bài tới người duyệt.",
        Accepted => "Đã ghi nhận ý kiến đồng ý.",
        Refused => "Đã ghi nhận ý kiến không đồng ý và gửi cho người soạn.",
        _ => null,
    };
}
