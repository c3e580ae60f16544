using HdndWorkflow.Domain.Invitations;

namespace HdndWorkflow.Functions.Conferences.Import;

/// <summary>A valid line of an invitee file and the invitee read from it (line = physical line, header = 1).</summary>
public sealed record ImportedInvitee(int Line, Invitee Invitee);
