namespace HdndWorkflow.Domain.Invitations;

/// <summary>
/// The person an invitee sends instead (người dự thay), or the representative a unit sends.
/// The deputy attends, and is listed, under his or her own name and title. The e-mail address is optional (a reply by
/// e-mail often names the deputy without one): without it the deputy gets no invitation of his or her own.
/// </summary>
public sealed record Deputy(string Name, string Title, EmailAddress? Email)
{
    /// <summary>"Trần Thị B – Phó Giám đốc Sở Tư pháp".</summary>
    /// <summary>Whether the deputy can be written to: an address was given.</summary>
    public bool HasEmail => Email is { Value.Length: > 0 };

    public override string ToString() => string.IsNullOrWhiteSpace(Title) ? Name : $"{Name} \u2013 {Title}";
}
