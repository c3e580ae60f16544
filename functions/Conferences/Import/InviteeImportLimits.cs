namespace HdndWorkflow.Functions.Conferences.Import;

/// <summary>
/// The bounds an invitee file must keep. The domain sets no length for names, titles or units (only
/// <see cref="HdndWorkflow.Domain.EmailAddress"/> caps an address at 254 characters), so the lengths here are the
/// import's own: well above the longest real names ("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh …"
/// is under 100 characters), low enough to catch a whole row pasted into one cell.
/// </summary>
public static class InviteeImportLimits
{
    /// <summary>Physical lines in the file, header and blank lines included.</summary>
    public const int MaxLines = 20_000;

    /// <summary>Size of the file: 20,000 generous lines fit; the reader holds the file in memory, so it is capped.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>"Họ và tên".</summary>
    public const int MaxNameLength = 100;

    /// <summary>"Chức vụ": several functions are often listed ("Ủy viên BTV Tỉnh ủy, Phó Chủ tịch …").</summary>
    public const int MaxTitleLength = 250;

    /// <summary>"Đơn vị", also the name of an invited unit.</summary>
    public const int MaxOrganizationLength = 250;

    /// <summary>"Email": the same bound as <see cref="HdndWorkflow.Domain.EmailAddress"/> (RFC 5321).</summary>
    public const int MaxEmailLength = 254;
}
