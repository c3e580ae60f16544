namespace HdndWorkflow.Functions.Conferences.Api;

/// <summary>The corrected address of an invitee whose invitation did not arrive.</summary>
public sealed record AddressInput(string? Email);

/// <summary>The invitee whose address was corrected, as the invitation is sent again: id, name and the new address.</summary>
public sealed record CorrectedAddress(Guid Id, string Name, string Email);
