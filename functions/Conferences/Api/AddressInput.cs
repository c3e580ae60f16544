namespace HdndWorkflow.Functions.Conferences.Api;

/// <summary>The corrected address of an invitee (or of the deputy sent) whose invitation did not arrive.</summary>
public sealed record AddressInput(string? Email);

/// <summary>
/// Whose address was corrected, as the invitation is sent again: the invitee's id (also for the deputy), the name of
/// the invitee or deputy, and the new address.
/// </summary>
public sealed record CorrectedAddress(Guid Id, string Name, string Email);
