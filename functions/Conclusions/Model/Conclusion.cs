using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using NodaTime;

namespace HdndWorkflow.Functions.Conclusions.Model;

/// <summary>
/// The conclusion of one held conference: its status, the outcome, the latest revision, the review under way, the
/// notice number and what is published. Pure: every change is a method that returns the changed conclusion with the
/// rows it adds (timeline events, a revision, a comment), or the Vietnamese reason it is refused; storage saves both
/// in one transaction against the ETag read.
/// </summary>
public sealed partial record Conclusion
{
    /// <summary>The conference concluded; also the conclusion's id (one conclusion per conference).</summary>
    public required ConferenceId Conference { get; init; }

    public required CouncilId Council { get; init; }

    /// <summary>The conference's title, for lists and e-mails.</summary>
    public required string Title { get; init; }

    public ConclusionStatus Status { get; init; } = ConclusionStatus.Drafting;

    /// <summary>The outcome as last recorded; null until the organizer records it.</summary>
    public Outcome? Outcome { get; init; }

    /// <summary>The latest revision (0: not drafted yet).</summary>
    public int Revision { get; init; }

    /// <summary>The revision last approved for publication (0: none).</summary>
    public int ApprovedRevision { get; init; }

    /// <summary>The revision on the portal (0: none).</summary>
    public int PublishedRevision { get; init; }

    /// <summary>
    /// The revision to show as the conclusion's text: the latest, except after publication when no correction awaits a
    /// decision, where a refused correction's text is not the conclusion's and the approved revision is.
    /// </summary>
    public int ShownRevision =>
        Review is null && Status is ConclusionStatus.Published or ConclusionStatus.Withdrawn ? ApprovedRevision : Revision;

    /// <summary>The notice's number, allocated on approval.</summary>
    public NoticeNumber? Number { get; init; }

    /// <summary>The number as written after "Số:": "12/TB-HĐND".</summary>
    public string? Symbol { get; init; }

    /// <summary>The notice's date: the day it was numbered, in Vietnam.</summary>
    public LocalDate? IssuedOn { get; init; }

    /// <summary>When the conference was held (the conclusion opened): outcome reminders count from here.</summary>
    public required Instant HeldAt { get; init; }

    public Instant? PublishedAt { get; init; }

    /// <summary>The latest change of what is published (a correction or the withdrawal).</summary>
    public Instant? UpdatedAt { get; init; }

    /// <summary>The request the approvers have to decide on, if any.</summary>
    public ReviewRequest? Review { get; init; }

    /// <summary>The approvers' latest decision.</summary>
    public ReviewDecision? Decision { get; init; }

    /// <summary>Review rounds so far (each submission, correction or withdrawal request opens one).</summary>
    public int Rounds { get; init; }

    /// <summary>Timeline events recorded so far (the next one is numbered Events + 1).</summary>
    public int Events { get; init; }

    /// <summary>Review comments recorded so far.</summary>
    public int Comments { get; init; }

    /// <summary>The orchestration instance in charge: the conference's hand-over, later one per correction or withdrawal.</summary>
    public required string Instance { get; init; }

    public Withdrawal? Withdrawal { get; init; }

    /// <summary>True once the article is on the portal (or was, before a withdrawal).</summary>
    public bool WasPublished => PublishedRevision > 0;

    /// <summary>The decision of the current round, if the approvers have decided it.</summary>
    public ReviewDecision? CurrentDecision => Decision is { } d && d.Round == Rounds && Review is null ? d : null;

    /// <summary>A new conclusion for a conference just held, with the timeline's first events.</summary>
    public static ConclusionUpdate Open(
        ConferenceId conference, CouncilId council, string title, Instant heldAt, string instance, IEnumerable<(TimelineKind Kind, Instant At, string? Detail)> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var opened = new Conclusion { Conference = conference, Council = council, Title = title, HeldAt = heldAt, Instance = instance };
        return opened.Record([.. history.Select(h => (h.Kind, h.At, Actor.Workflow, (int?)null, h.Detail))]);
    }

    /// <summary>This conclusion with <paramref name="events"/> appended to the timeline, numbered in order.</summary>
    internal ConclusionUpdate Record(params (TimelineKind Kind, Instant At, Actor By, int? Revision, string? Detail)[] events)
    {
        var numbered = events.Select((e, i) => new TimelineEvent(Events + i + 1, e.Kind, e.At, e.By, e.Revision, e.Detail)).ToList();
        return new ConclusionUpdate(this with { Events = Events + numbered.Count }, numbered);
    }
}

/// <summary>A changed conclusion and the rows the change adds, saved together.</summary>
public sealed record ConclusionUpdate(
    Conclusion Conclusion,
    IReadOnlyList<TimelineEvent> Events,
    ConclusionRevision? Revision = null,
    ReviewComment? Comment = null,
    PublishedArticle? Published = null);
