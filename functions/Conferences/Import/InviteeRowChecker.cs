using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Invitations;

namespace HdndWorkflow.Functions.Conferences.Import;

/// <summary>
/// Turns the rows of one file into invitees or errors, all of a line's errors at once. A line with a name is a
/// <see cref="Invitee.Person"/> (who needs a title, as <c>ConferenceValidator</c> requires); a line with only a
/// unit is an <see cref="Invitee.Unit"/>, invited at its office address. An address is refused if it is already
/// invited or appeared on an earlier line (ignoring case), even when that line was bad itself: fixing the earlier
/// line must not turn up a new error on the later one. Every value is checked for its length, control characters and a
/// leading formula character (see <see cref="CheckText"/>).
/// </summary>
internal sealed class InviteeRowChecker(IEnumerable<EmailAddress> alreadyInvited, Func<InviteeId> newId)
{
    private readonly HashSet<EmailAddress> _alreadyInvited = [.. alreadyInvited];
    private readonly Dictionary<EmailAddress, int> _firstLines = [];
    private readonly List<ImportedInvitee> _invitees = [];
    private readonly List<InviteeImportError> _errors = [];

    /// <summary>How many rows were checked.</summary>
    public int Rows { get; private set; }

    public void Check(InviteeRow row)
    {
        Rows++;
        var errorsBefore = _errors.Count;
        if (row.HasExtraFields)
        {
            Fail(row, InviteeImportFields.Line, ImportMessages.TooManyFields(row.FieldCount, row.ColumnCount));
        }

        if (row.TextAfterClosingQuote)
        {
            Fail(row, InviteeImportFields.Line, ImportMessages.TextAfterClosingQuote);
        }

        var isPerson = CheckNames(row);
        var email = CheckEmail(row);
        if (_errors.Count > errorsBefore || isPerson is null || email is null)
        {
            return;
        }

        Invitee invitee = isPerson.Value
            ? new Invitee.Person(newId(), row.Name, row.Title, row.Organization, email)
            : new Invitee.Unit(newId(), row.Organization, email);
        _invitees.Add(new ImportedInvitee(row.Line, invitee));
    }

    public InviteeImport ToImport() => new(_invitees, _errors);

    /// <summary>Whether the row is a person (true) or a unit (false); null when it is neither.</summary>
    private bool? CheckNames(InviteeRow row)
    {
        if (row.Name.Length > 0)
        {
            CheckText(row, InviteeImportFields.Name, row.Name, ImportMessages.NameColumn, InviteeImportLimits.MaxNameLength);
            if (row.Title.Length == 0)
            {
                Fail(row, InviteeImportFields.Title, ImportMessages.TitleRequired);
            }

            CheckText(row, InviteeImportFields.Title, row.Title, ImportMessages.TitleColumn, InviteeImportLimits.MaxTitleLength);
            CheckText(row, InviteeImportFields.Organization, row.Organization, ImportMessages.OrganizationColumn, InviteeImportLimits.MaxOrganizationLength);
            return true;
        }

        if (row.Organization.Length == 0)
        {
            Fail(row, InviteeImportFields.Name, ImportMessages.NameOrUnitRequired);
            return null;
        }

        if (row.Title.Length > 0)
        {
            Fail(row, InviteeImportFields.Name, ImportMessages.TitleWithoutName);
        }

        CheckText(row, InviteeImportFields.Organization, row.Organization, ImportMessages.OrganizationColumn, InviteeImportLimits.MaxOrganizationLength);
        return false;
    }

    private EmailAddress? CheckEmail(InviteeRow row)
    {
        if (row.Email.Length == 0)
        {
            Fail(row, InviteeImportFields.Email, ImportMessages.EmailRequired);
            return null;
        }

        if (!CheckText(row, InviteeImportFields.Email, row.Email, ImportMessages.EmailColumn, InviteeImportLimits.MaxEmailLength))
        {
            return null;
        }

        if (!EmailAddress.TryParse(row.Email, out var email))
        {
            Fail(row, InviteeImportFields.Email, ImportMessages.EmailInvalid(row.Email));
            return null;
        }

        if (_alreadyInvited.Contains(email))
        {
            Fail(row, InviteeImportFields.Email, ImportMessages.EmailAlreadyInvited(email.Value));
            return null;
        }

        if (!_firstLines.TryAdd(email, row.Line))
        {
            Fail(row, InviteeImportFields.Email, ImportMessages.EmailDuplicate(email.Value, _firstLines[email]));
            return null;
        }

        return email;
    }

    // Length, then characters: no control characters (a NUL, an escape; tabs and line breaks inside a cell are spaces by
    // now, see ImportText.Clean), and no value that starts like a spreadsheet formula ("=HYPERLINK(…)", "+", "-", "@"),
    // which would run when the organizer opens the roll in Excel. Such values are refused, not altered: the organizer
    // sees the line and fixes the file.
    private bool CheckText(InviteeRow row, string field, string value, string column, int maxLength)
    {
        if (value.Length > maxLength)
        {
            Fail(row, field, ImportMessages.TooLong(column, value.Length, maxLength));
            return false;
        }

        if (TextRules.HasForbiddenCharacter(value))
        {
            Fail(row, field, ImportMessages.ForbiddenCharacter(column));
            return false;
        }

        if (TextRules.StartsLikeFormula(value))
        {
            Fail(row, field, ImportMessages.StartsLikeFormula(column));
            return false;
        }

        return true;
    }

    private void Fail(InviteeRow row, string field, string reason) =>
        _errors.Add(new InviteeImportError(row.Line, field, ImportMessages.AtLine(row.Line, reason)));
}
