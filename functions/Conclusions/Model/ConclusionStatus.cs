namespace HdndWorkflow.Functions.Conclusions.Model;

/// <summary>Where a conference's conclusion stands.</summary>
public enum ConclusionStatus
{
    /// <summary>Waiting for the outcome, or drafted and being edited by the organizer.</summary>
    Drafting,

    /// <summary>Submitted: the approvers review the current revision.</summary>
    InReview,

    /// <summary>The approver sent the draft back with comments; the organizer edits and submits again.</summary>
    ChangesRequested,

    /// <summary>Approved: the notice is being numbered and the article published.</summary>
    Approved,

    /// <summary>On the portal; the notice has gone to its recipients. It may still be corrected or withdrawn.</summary>
    Published,

    /// <summary>Taken off the portal by the organizer with the approver's consent.</summary>
    Withdrawn,
}

/// <summary>What the approvers are asked to decide.</summary>
public enum ReviewKind
{
    /// <summary>A draft before publication: approve it, or request changes.</summary>
    Draft,

    /// <summary>A correction of the published article (a new revision with a visible note).</summary>
    Correction,

    /// <summary>The organizer's request to withdraw the published article.</summary>
    Withdrawal,
}

/// <summary>How a revision came about.</summary>
public enum RevisionKind
{
    /// <summary>Drafted by the workflow from the conference, the frozen roll and the outcome.</summary>
    Drafted,

    /// <summary>The organizer edited the text.</summary>
    Edited,

    /// <summary>The organizer changed the outcome; the text was drafted again from it.</summary>
    Redrafted,

    /// <summary>A correction of the published article, with its note.</summary>
    Correction,
}
