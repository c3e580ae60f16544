using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conferences;
using Microsoft.AspNetCore.Mvc;

namespace HdndWorkflow.Functions.Pages.Organizer;

/// <summary>
/// <c>/hoi-nghi/{id}/danh-sach-ky</c>: the sign-in sheet to print for the door, A4: those expected (who accepted, and
/// the deputies sent, each saying for whom), then blank lines for those who come unannounced.
/// </summary>
internal sealed class SignInSheetModel(ConferenceService service) : OrganizerPageModel
{
    /// <summary>Blank lines after the expected delegates.</summary>
    public const int BlankLines = 10;

    public Conference? Conference { get; private set; }

    public IReadOnlyList<SignInLine> Lines { get; private set; } = [];

    public static string PathOf(Guid id) => $"{DetailsPath(id)}/danh-sach-ky";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await service.GetAsync(User, new ConferenceId(id), cancellationToken);
        if (outcome is not Outcome<ConferenceView>.Done { Value: var view })
        {
            return Refusal(outcome, id);
        }

        Conference = view.Conference;
        Lines = [.. view.Roll.Entries.Select(Line).OfType<SignInLine>()];
        return Page();
    }

    private static SignInLine? Line(RollEntry entry) => entry.Response switch
    {
        InvitationResponse.Accepted => new SignInLine(entry.Invitee.Name, entry.Invitee.Role, null),
        InvitationResponse.DeputySent { Deputy: var deputy } => new SignInLine(deputy.Name, deputy.Title, entry.Invitee.Name),
        _ => null,
    };
}

/// <summary>A line of the sheet: who signs, his or her title and unit, and for whom a deputy comes.</summary>
internal sealed record SignInLine(string Name, string? Title, string? InsteadOf);
