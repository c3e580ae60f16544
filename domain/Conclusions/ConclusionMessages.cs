namespace HdndWorkflow.Domain.Conclusions;

/// <summary>The messages of the conclusion drafting's validation, in one place so the Vietnamese can be reviewed together.</summary>
internal static class ConclusionMessages
{
    public const string AssessmentRequired = "Cần có ít nhất một đoạn đánh giá nội dung hội nghị.";
    public const string ParagraphEmpty = "Đoạn văn không được để trống.";
    public const string FiguresRequired = "Cần có ít nhất một số liệu.";
    public const string FigureLabelRequired = "Cần ghi đơn vị của số liệu (ví dụ: \u201ckỳ họp\u201d, \u201cnghị quyết\u201d).";
    public const string FigureNegative = "Số liệu không được là số âm.";
    public const string BreakdownTooDeep = "Số liệu chỉ được chia chi tiết tối đa hai cấp (trong đó …, và trong ngoặc).";
    public const string DiscussionItemEmpty = "Ý kiến thảo luận không được để trống.";
    public const string FieldVisitPlaceRequired = "Cần ghi nơi các đại biểu đi tham quan, khảo sát thực tế.";
    public const string PresidingChairRequired = "Cần chọn đồng chí chủ trì kết luận hội nghị.";
    public const string PresidingChairNameRequired = "Họ tên đồng chí chủ trì không được để trống.";
    public const string PresidingChairTitleRequired = "Đồng chí chủ trì phải có ít nhất một chức danh.";
    public const string TitleEmpty = "Chức danh không được để trống.";
    public const string ConclusionsRequired = "Cần có ít nhất một đoạn kết luận của đồng chí chủ trì.";
    public const string DirectiveEmpty = "Nhiệm vụ không được để trống.";
    public const string AuthorsRequired = "Cần ghi ít nhất một tác giả bài viết.";
    public const string AuthorEmpty = "Tên tác giả không được để trống.";
    public const string PublishedBeforeConference = "Ngày đăng bài không được trước ngày tổ chức hội nghị.";
    public const string IssuedBeforeConference = "Ngày ban hành thông báo không được trước ngày tổ chức hội nghị.";
    public const string NumberTooSmall = "Số thông báo phải từ 1 trở lên.";
    public const string BodyLinesRequired = "Cần ghi tên cơ quan ban hành thông báo.";
    public const string LineEmpty = "Dòng tên cơ quan không được để trống.";
    public const string CodeRequired = "Cần ghi chữ viết tắt tên cơ quan ban hành (ví dụ: \u201cHĐND\u201d).";
    public const string PlaceRequired = "Cần ghi địa danh nơi ban hành (ví dụ: \u201cQuảng Trị\u201d).";
    public const string SignatureAuthorityRequired = "Cần ghi thẩm quyền ký (ví dụ: \u201cTM. THƯỜNG TRỰC HĐND\u201d).";
    public const string SignatureNameRequired = "Họ tên người ký không được để trống.";
    public const string RecipientEmpty = "Nơi nhận không được để trống.";
    public const string ArchiveRequired = "Cần ghi nơi lưu văn bản (ví dụ: \u201cVT, TH\u201d).";

    public static string PartAboveWhole(long part, long whole) =>
        $"Số liệu chi tiết ({part}) không được lớn hơn số liệu chung ({whole}).";

    public static string NumberOfAnotherYear(int numberYear, int issuedYear) =>
        $"Số thông báo được cấp cho năm {numberYear} nhưng ngày ban hành thuộc năm {issuedYear}.";
}
