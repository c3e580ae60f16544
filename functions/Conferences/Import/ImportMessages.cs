namespace HdndWorkflow.Functions.Conferences.Import;

/// <summary>
/// The Vietnamese messages of the invitee import, in one place so they can be reviewed together (the domain's own
/// are in <c>HdndWorkflow.Domain.Messages</c>). A line's reasons start in lower case: <see cref="AtLine"/> prefixes
/// them with "Dòng 7: ".
/// </summary>
internal static class ImportMessages
{
    public const string Empty = "Tệp trống: không có dòng tiêu đề.";
    public const string NoInvitees = "Tệp không có dòng khách mời nào (ngoài dòng tiêu đề).";
    public const string NameOrUnitRequired =
        "thiếu họ và tên (khi mời cá nhân) hoặc tên đơn vị ở cột \u201cĐơn vị\u201d (khi mời đơn vị).";
    public const string TitleWithoutName =
        "có chức vụ nhưng thiếu họ và tên. Khi mời đơn vị, chỉ ghi tên đơn vị và email, để trống họ tên và chức vụ.";
    public const string TitleRequired = "chức vụ của khách mời không được để trống.";
    public const string EmailRequired = "địa chỉ email không được để trống.";
    public const string TextAfterClosingQuote =
        "có ký tự ngay sau dấu ngoặc kép đóng. Hãy đặt cả giá trị trong dấu ngoặc kép, dấu ngoặc kép bên trong viết thành hai dấu (\"\").";

    public const string NameColumn = "họ và tên";
    public const string TitleColumn = "chức vụ";
    public const string OrganizationColumn = "tên đơn vị";
    public const string EmailColumn = "địa chỉ email";

    public static string AtLine(int line, string reason) => $"Dòng {ImportText.Number(line)}: {reason}";

    public static string TooLarge(int maxBytes) =>
        $"Tệp lớn hơn {ImportText.Number(maxBytes / (1024 * 1024))} MB, vượt quá giới hạn cho phép. Hãy chia thành nhiều tệp nhỏ hơn.";

    public static string TooManyLines(int lines, int maxLines) =>
        $"Tệp có {ImportText.Number(lines)} dòng, vượt quá giới hạn {ImportText.Number(maxLines)} dòng. Hãy chia thành nhiều tệp nhỏ hơn.";

    public static string NotUtf8(int line) =>
        $"Tệp không được lưu theo bảng mã UTF-8 (có ký tự không đọc được ở dòng {ImportText.Number(line)}). " +
        "Trong Excel, hãy lưu lại với kiểu tệp \u201cCSV UTF-8\u201d.";

    public static string MissingColumns(IEnumerable<string> missing, IEnumerable<string> required) =>
        $"Dòng tiêu đề thiếu cột {Quoted(missing)}. Dòng đầu tiên của tệp phải có các cột: {string.Join(", ", required)}.";

    public static string DuplicateColumn(string column) => $"Dòng tiêu đề có cột \u201c{column}\u201d nhiều lần.";

    public static string UnterminatedQuote(int line) => AtLine(
        line,
        "dấu ngoặc kép (\") được mở nhưng không được đóng, nên không đọc được phần còn lại của tệp.");

    public static string TooManyFields(int fields, int columns) =>
        $"dòng có {ImportText.Number(fields)} cột, nhiều hơn dòng tiêu đề ({ImportText.Number(columns)} cột). " +
        "Giá trị có dấu phẩy hoặc dấu chấm phẩy phải được đặt trong dấu ngoặc kép.";

    public static string TooLong(string column, int length, int maxLength) =>
        $"{column} dài {ImportText.Number(length)} ký tự, vượt quá giới hạn {ImportText.Number(maxLength)} ký tự.";

    public static string ForbiddenCharacter(string column) =>
        $"{column} có ký tự điều khiển (ví dụ ký tự NUL). Hãy xóa các ký tự này trong tệp.";

    public static string StartsLikeFormula(string column) =>
        $"{column} bắt đầu bằng ký tự \u201c=\u201d, \u201c+\u201d, \u201c-\u201d hoặc \u201c@\u201d, là cách bảng tính bắt đầu một công thức. " +
        "Hãy bỏ ký tự này ở đầu ô.";

    public static string EmailInvalid(string email) => $"địa chỉ email \u201c{ImportText.Shown(email)}\u201d không hợp lệ.";

    public static string EmailAlreadyInvited(string email) =>
        $"địa chỉ email \u201c{email}\u201d đã có trong danh sách khách mời của hội nghị.";

    public static string EmailDuplicate(string email, int firstLine) =>
        $"địa chỉ email \u201c{email}\u201d trùng với dòng {ImportText.Number(firstLine)}.";

    private static string Quoted(IEnumerable<string> columns) =>
        string.Join(", ", columns.Select(column => $"\u201c{column}\u201d"));
}
