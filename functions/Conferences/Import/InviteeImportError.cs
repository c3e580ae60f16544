using HdndWorkflow.Domain;

namespace HdndWorkflow.Functions.Conferences.Import;

/// <summary>
/// One problem found in an invitee file: the physical line it is on (header = line 1; null when it concerns no
/// particular line), what it concerns (one of <see cref="InviteeImportFields"/>), and a Vietnamese message that
/// names the line, such as "Dòng 7: địa chỉ email “abc” không hợp lệ.".
/// </summary>
public sealed record InviteeImportError(int? Line, string Field, string Message)
{
    /// <summary>The whole file is refused: the organizer cannot skip this error.</summary>
    public bool IsFileLevel => Field == InviteeImportFields.File;

    /// <summary>The error keyed <c>file</c> or <c>lines[7].email</c>, with the same message.</summary>
    public ValidationError ToValidationError() => new(
        IsFileLevel || Line is not { } line ? InviteeImportFields.File : InviteeImportFields.At(line, Field),
        Message);
}
