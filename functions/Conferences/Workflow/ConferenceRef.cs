using System.Text.Json.Serialization;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conferences.Persistence;

namespace HdndWorkflow.Functions.Conferences.Workflow;

/// <summary>The conference an orchestration or activity works on.</summary>
public sealed record ConferenceRef(Guid Id)
{
    [JsonIgnore]
    public ConferenceId ConferenceId => new(Id);
}

/// <summary>
/// The stored conference as the orchestration needs it to decide: the conference (without invitees), how many
/// invitations it has and how many still await this revision's e-mail, each counted up to one more than
/// <see cref="ConferenceOrchestrator.ShardAbove"/>.
/// </summary>
internal sealed record ConferencePlan(ConferenceDocument Conference, int Invitations, int PendingMail, Functions.Workflow.WorkflowTime Time);

/// <summary>What the orchestration asks of the conference when a deadline passes.</summary>
public enum ConferenceAdvance
{
    /// <summary>The registration deadline passed: registration closes and the roll is frozen.</summary>
    CloseRegistration,

    /// <summary>The conference ended: it is held.</summary>
    Held,
}

/// <summary>Which e-mails a mailing sends.</summary>
public enum MailingKind
{
    /// <summary>The current revision to everyone who has not received it: invitations, updates, deputies' invitations.</summary>
    Invitations,

    /// <summary>A reminder to those who have not answered.</summary>
    Reminders,

    /// <summary>The cancellation, to everyone who was sent anything.</summary>
    Cancellations,
}

/// <summary>One activity's share of a mailing: a shard of the conference's invitations.</summary>
/// <param name="Purpose">For reminders, which one ("reminder-72h"): each is sent once per revision.</param>
public sealed record Mailing(Guid Conference, MailingKind Kind, int Shard, int Shards, string? Purpose = null);
