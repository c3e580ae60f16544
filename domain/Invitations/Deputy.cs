namespace HdndWorkflow.Domain.Invitations;

/// <summary>
/// The person an invitee sends instead (người dự thay), or the representative a unit sends.
/// The deputy attends, and is listed, under his or her own name and title.
/// </summary>
public sealed record Deputy(string Name, string Title, EmailAddress Email)
{
    /// <summary>"Trần Thị B – Phó Giám đốc Sở Tư pháp".</summary>
    public override string ToString() => string.IsNullOrWhiteSpace(Title) ? Name : $"{Name} \u2013 {Title}";
}
