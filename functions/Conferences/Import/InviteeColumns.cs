namespace HdndWorkflow.Functions.Conferences.Import;

/// <summary>
/// Where the four columns of issue #4 are in a file: "Họ và tên, Chức vụ, Đơn vị, Email", in any order, among any
/// others (such as "STT", which is ignored). Header names match after NFC normalisation, ignoring case and
/// surrounding (or doubled) spaces, so files saved in NFD or typed "HỌ VÀ TÊN " work.
/// </summary>
internal sealed record InviteeColumns(int Name, int Title, int Organization, int Email, int Count)
{
    public const string NameHeader = "Họ và tên";
    public const string TitleHeader = "Chức vụ";
    public const string OrganizationHeader = "Đơn vị";
    public const string EmailHeader = "Email";

    private static readonly string[] Required = [NameHeader, TitleHeader, OrganizationHeader, EmailHeader];

    /// <summary>The columns of <paramref name="headers"/>, or null and the file-level error that explains why not.</summary>
    public static InviteeColumns? Match(IReadOnlyList<string> headers, out InviteeImportError? error)
    {
        var keys = headers.Select(ImportText.HeaderKey).ToList();
        if (keys.All(key => key.Length == 0))
        {
            error = FileError(ImportMessages.Empty);
            return null;
        }

        var positions = Required.Select(name => Positions(keys, name)).ToList();
        var missing = Required.Where((_, i) => positions[i].Count == 0).ToList();
        if (missing.Count > 0)
        {
            error = FileError(ImportMessages.MissingColumns(missing, Required));
            return null;
        }

        var repeated = Required.Where((_, i) => positions[i].Count > 1).ToList();
        if (repeated.Count > 0)
        {
            error = FileError(ImportMessages.DuplicateColumn(repeated[0]));
            return null;
        }

        error = null;
        return new(positions[0][0], positions[1][0], positions[2][0], positions[3][0], headers.Count);
    }

    private static List<int> Positions(List<string> keys, string name) =>
        [.. keys.Select((key, index) => (key, index))
            .Where(column => string.Equals(column.key, name, StringComparison.OrdinalIgnoreCase))
            .Select(column => column.index)];

    private static InviteeImportError FileError(string message) => new(null, InviteeImportFields.File, message);
}
