using System.ComponentModel.DataAnnotations;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Invitations;

namespace HdndWorkflow.Functions.Conferences.Api;

/// <summary>An invitee's answer: "accept", "decline" (with an optional reason) or "deputy" (with the deputy's details).</summary>
public sealed record AnswerInput(
    string? Response,
    [property: MaxLength(InputLimits.DeclineReason)] string? Reason = null,
    DeputyInput? Deputy = null)
{
    public const string Accept = "accept";
    public const string Decline = "decline";
    public const string SendDeputy = "deputy";

    /// <summary>The response, or <see cref="InvitationResponse.NoAnswer"/> when none was chosen (the domain refuses it).</summary>
    public InvitationResponse ToResponse() => Response?.Trim().ToLowerInvariant() switch
    {
        Accept => new InvitationResponse.Accepted(),
        Decline => new InvitationResponse.Declined(string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim()),
        SendDeputy => new InvitationResponse.DeputySent(new Deputy(
            Deputy?.Name?.Trim() ?? string.Empty, Deputy?.Title?.Trim() ?? string.Empty, EmailAddress.From(Deputy?.Email))),
        _ => new InvitationResponse.NoAnswer(),
    };
}

public sealed record DeputyInput(
    [property: MaxLength(InputLimits.PersonName)] string? Name,
    [property: MaxLength(InputLimits.Title)] string? Title,
    [property: MaxLength(InputLimits.Email)] string? Email);
