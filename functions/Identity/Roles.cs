namespace HdndWorkflow.Functions.Identity;

/// <summary>The roles of the app's users, as claim values.</summary>
public static class Roles
{
    /// <summary>Council office staff: plans conferences of their council and follows them.</summary>
    public const string Organizer = "Organizer";

    /// <summary>Reviews and approves the conclusions of their council's conferences.</summary>
    public const string Approver = "Approver";

    /// <summary>Sees every orchestration and can step in.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Claim type of the council a user serves.</summary>
    public const string CouncilClaim = "council";
}
