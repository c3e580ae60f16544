namespace HdndWorkflow.Domain.Invitations;

/// <summary>
/// Someone invited to a conference: a <see cref="Person"/> ("đồng chí Nguyễn Văn A, Giám đốc Sở Tư pháp") or a
/// <see cref="Unit"/> reached through its office address ("Thường trực HĐND các xã"). The two cases are closed.
/// </summary>
public abstract record Invitee
{
    private Invitee(InviteeId id, EmailAddress email)
    {
        Id = id;
        Email = email;
    }

    public InviteeId Id { get; init; }

    public EmailAddress Email { get; init; }

    /// <summary>The name to address: the person's name or the unit's name.</summary>
    public abstract string Name { get; init; }

    /// <summary>How the invitee is listed: "Nguyễn Văn A – Giám đốc Sở Tư pháp", or the unit's name.</summary>
    public abstract string Line { get; }

    /// <summary>The person's title and organization, "Giám đốc Sở Tư pháp"; empty for a unit.</summary>
    public virtual string Role => string.Empty;

    /// <summary>A person invited by name.</summary>
    public sealed record Person(InviteeId Id, string Name, string Title, string Organization, EmailAddress Email)
        : Invitee(Id, Email)
    {
        /// <summary>"Giám đốc Sở Tư pháp": the title with the organization, named once (see <see cref="PersonRole"/>).</summary>
        public override string Role => PersonRole.Of(Title, Organization);

        public override string Line => Role.Length == 0 ? Name : $"{Name} \u2013 {Role}";
    }

    /// <summary>A unit or group invited through its office e-mail address.</summary>
    public sealed record Unit(InviteeId Id, string Name, EmailAddress Email) : Invitee(Id, Email)
    {
        public override string Line => Name;
    }
}
