namespace HdndWorkflow.Functions.Conferences.Api;

/// <summary>The corrected address of an invitee whose invitation did not arrive.</summary>
public sealed record AddressInput(string? Email);
