using HdndWorkflow.Domain;

namespace HdndWorkflow.Functions.Conferences.Import;

/// <summary>
/// The bounds an invitee file must keep: the file's own (lines, bytes), and the lengths of its values, which are the
/// domain's (<see cref="InputLimits"/>), so that a file takes what the API and the pages take.
/// </summary>
public static class InviteeImportLimits
{
    /// <summary>Physical lines in the file, header and blank lines included.</summary>
    public const int MaxLines = 20_000;

    /// <summary>Size of the file: 20,000 generous lines fit; the reader holds the file in memory, so it is capped.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>"Họ và tên".</summary>
    public const int MaxNameLength = InputLimits.PersonName;

    /// <summary>"Chức vụ": several functions are often listed ("Ủy viên BTV Tỉnh ủy, Phó Chủ tịch …").</summary>
    public const int MaxTitleLength = InputLimits.Title;

    /// <summary>"Đơn vị", also the name of an invited unit.</summary>
    public const int MaxOrganizationLength = InputLimits.Organization;

    /// <summary>"Email" (RFC 5321).</summary>
    public const int MaxEmailLength = InputLimits.Email;
}
