using System.Globalization;

namespace HdndWorkflow.Functions.Conferences.Import;

/// <summary>
/// What an import error concerns: the file as a whole, a whole line, or one of its columns (named after the
/// <see cref="HdndWorkflow.Domain.Invitations.Invitee"/> property it fills).
/// </summary>
public static class InviteeImportFields
{
    /// <summary>The file as a whole: nothing in it can be imported.</summary>
    public const string File = "file";

    /// <summary>The line as a whole (its layout rather than one value).</summary>
    public const string Line = "line";

    /// <summary>Column "Họ và tên".</summary>
    public const string Name = "name";

    /// <summary>Column "Chức vụ".</summary>
    public const string Title = "title";

    /// <summary>Column "Đơn vị".</summary>
    public const string Organization = "organization";

    /// <summary>Column "Email".</summary>
    public const string Email = "email";

    /// <summary>The path of a field of a line, for a ValidationProblem's error dictionary: <c>lines[7].email</c>.</summary>
    public static string At(int line, string field) => string.Create(CultureInfo.InvariantCulture, $"lines[{line}].{field}");
}
