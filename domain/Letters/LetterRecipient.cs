using HdndWorkflow.Domain.Invitations;

namespace HdndWorkflow.Domain.Letters;

/// <summary>
/// Whom a letter is addressed to: an <see cref="Invited"/> invitee (a person or a unit), or a <see cref="Deputed"/>
/// deputy together with the invitee who sent him or her. The two cases are closed.
/// </summary>
public abstract record LetterRecipient
{
    private LetterRecipient()
    {
    }

    /// <summary>The name the letter is addressed to.</summary>
    public abstract string Name { get; }

    /// <summary>The address the letter goes to.</summary>
    public abstract EmailAddress Email { get; }

    /// <summary>An invitee of the conference, addressed by name and title, or by the unit's name.</summary>
    public sealed record Invited(Invitee Invitee) : LetterRecipient
    {
        public override string Name => Invitee.Name;

        public override EmailAddress Email => Invitee.Email;
    }

    /// <summary>A deputy (người dự thay), or a unit's representative, sent by <paramref name="SentBy"/>.</summary>
    public sealed record Deputed(Deputy Deputy, Invitee SentBy) : LetterRecipient
    {
        public override string Name => Deputy.Name;

        public override EmailAddress Email =>
            Deputy.HasEmail ? Deputy.Email! : throw new InvalidOperationException("A deputy named without an address gets no letter.");
    }
}
