using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Letters;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Conferences.Persistence;

namespace HdndWorkflow.Functions.Pages.Invitations;

/// <summary>The answer form of the confirmation page, kept as typed: the choice, a reason, the deputy's details.</summary>
public sealed class AnswerForm
{
    /// <summary><see cref="AnswerInput.Accept"/>, <see cref="AnswerInput.Decline"/> or <see cref="AnswerInput.SendDeputy"/>.</summary>
    public string? Response { get; set; }

    public string? Reason { get; set; }

    public string? DeputyName { get; set; }

    public string? DeputyTitle { get; set; }

    public string? DeputyEmail { get; set; }

    /// <summary>
    /// The form for an invitation: the choice preselected by the letter's button (<c>?tra-loi=</c>), else the answer
    /// already given; the reason and deputy of that answer filled in.
    /// </summary>
    internal static AnswerForm From(Invitation invitation, string? preselected)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var current = invitation.Reply?.Response;
        var kind = AnswerLinks.TryParse(preselected, out var chosen) ? chosen : current?.Kind ?? ResponseKind.NoAnswer;
        var deputy = invitation.Deputy;
        return new AnswerForm
        {
            Response = kind switch
            {
                ResponseKind.Accepted => AnswerInput.Accept,
                ResponseKind.Declined => AnswerInput.Decline,
                ResponseKind.DeputySent => AnswerInput.SendDeputy,
                _ => null,
            },
            Reason = (current as InvitationResponse.Declined)?.Reason,
            DeputyName = deputy?.Name,
            DeputyTitle = deputy?.Title,
            DeputyEmail = deputy?.Email?.Value,
        };
    }

    public AnswerInput ToInput() => new(
        Response,
        Response == AnswerInput.Decline ? Reason : null,
        Response == AnswerInput.SendDeputy ? new DeputyInput(DeputyName, DeputyTitle, DeputyEmail) : null);
}
