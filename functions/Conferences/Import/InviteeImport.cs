using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Invitations;

namespace HdndWorkflow.Functions.Conferences.Import;

/// <summary>
/// What <see cref="InviteeCsvReader"/> read from a file: the valid lines and every error. <see cref="ToImport"/>
/// applies the rule of issue #4: nothing is imported from a file with errors unless the organizer chooses to skip
/// the bad lines, and a file-level error (not UTF-8, missing columns, too long …) is never skipped.
/// </summary>
public sealed class InviteeImport
{
    internal InviteeImport(IReadOnlyList<ImportedInvitee> invitees, IReadOnlyList<InviteeImportError> errors)
    {
        Invitees = invitees;
        Errors = errors;
    }

    /// <summary>The invitees of the valid lines, in file order. Empty when the file has a file-level error.</summary>
    public IReadOnlyList<ImportedInvitee> Invitees { get; }

    /// <summary>Every error, in file order (a bad line may have several).</summary>
    public IReadOnlyList<InviteeImportError> Errors { get; }

    public bool HasErrors => Errors.Count > 0;

    public bool HasFileErrors => Errors.Any(error => error.IsFileLevel);

    /// <summary>
    /// The invitees to add: all of them when the file has no error; the valid ones when
    /// <paramref name="skipInvalidLines"/> is set and only lines are bad. Otherwise a failure listing every error
    /// (keyed <c>file</c> or <c>lines[7].email</c>), also when skipping would leave nothing to import.
    /// </summary>
    public Result<IReadOnlyList<Invitee>> ToImport(bool skipInvalidLines)
    {
        var refused = HasFileErrors || (HasErrors && !skipInvalidLines) || Invitees.Count == 0;
        if (!refused)
        {
            return Result.Success<IReadOnlyList<Invitee>>([.. Invitees.Select(imported => imported.Invitee)]);
        }

        return HasErrors
            ? Result.Failure<IReadOnlyList<Invitee>>([.. Errors.Select(error => error.ToValidationError())])
            : Result.Failure<IReadOnlyList<Invitee>>(InviteeImportFields.File, ImportMessages.NoInvitees);
    }

    internal static InviteeImport Refused(InviteeImportError error) => new([], [error]);
}
