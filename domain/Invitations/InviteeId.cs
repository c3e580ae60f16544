using System.Globalization;

namespace HdndWorkflow.Domain.Invitations;

/// <summary>An invitee's stable identity within a conference; it survives edits of name or e-mail.</summary>
public readonly record struct InviteeId(Guid Value)
{
    public override string ToString() => Value.ToString("D", CultureInfo.InvariantCulture);
}
