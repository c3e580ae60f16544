using System.Security.Claims;

namespace HdndWorkflow.Functions.Conclusions.Model;

/// <summary>Who did something: the e-mail the user signs in with and the name shown in the timeline.</summary>
public sealed record Actor(string Email, string Name)
{
    /// <summary>The workflow itself (drafting, numbering, publication).</summary>
    public static Actor Workflow { get; } = new("workflow", "Hệ thống");

    public static Actor Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var email = user.FindFirstValue(ClaimTypes.Email) ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        return new Actor(email, user.Identity?.Name ?? email);
    }
}
