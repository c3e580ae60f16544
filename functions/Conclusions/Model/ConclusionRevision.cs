using HdndWorkflow.Domain.Conclusions;
using NodaTime;

namespace HdndWorkflow.Functions.Conclusions.Model;

/// <summary>
/// One revision of the conclusion, kept for good: the outcome it was drawn from, the article and the notice as they
/// then read (the notice's number and date are left blank until approval), who made it and when, and for a correction
/// the note shown with the article.
/// </summary>
public sealed record ConclusionRevision(
    int Number, RevisionKind Kind, Instant At, Actor By, Outcome Outcome, ArticleDraft Article, ConclusionNotice Notice, string? Note = null);

/// <summary>A review comment: the approver's words on a revision, kept with the round they belong to.</summary>
public sealed record ReviewComment(int Sequence, int Round, ReviewKind Kind, int Revision, bool Accepted, Instant At, Actor By, string Text);

/// <summary>The pending request to the approvers: a draft submitted, a correction or a withdrawal asked for.</summary>
public sealed record ReviewRequest(int Round, ReviewKind Kind, int Revision, Instant At, Actor By, string? Note = null);

/// <summary>The approvers' latest decision.</summary>
public sealed record ReviewDecision(int Round, ReviewKind Kind, bool Accepted, Instant At, Actor By, string? Comment = null);

/// <summary>The organizer's withdrawal of the published article, with the approver's consent.</summary>
public sealed record Withdrawal(Instant At, Actor RequestedBy, Actor ConsentedBy, string Reason);
