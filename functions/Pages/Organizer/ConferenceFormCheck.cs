using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Functions.Conferences.Api;

namespace HdndWorkflow.Functions.Pages.Organizer;

/// <summary>
/// Reads a posted conference form as a whole, as the API reads its body (<see cref="ConferenceInputCheck"/>): what the
/// form itself cannot read (the reminders) and what the input cannot, then everything else the domain finds, all at
/// once and with the form's own row numbers.
/// </summary>
internal static class ConferenceFormCheck
{
    /// <returns>The conference the form describes, or null and the errors, with the form's own row numbers.</returns>
    public static (Conference? Conference, IReadOnlyList<ValidationError> Errors) Check(
        ConferenceForm form, ConferenceId id, Council? council, bool withInvitees)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (input, formErrors) = form.ToInput();
        var (conference, errors) = ConferenceInputCheck.Check(input, formErrors, id, council, withInvitees);
        return (conference, [.. errors.Select(form.Translate)]);
    }
}
