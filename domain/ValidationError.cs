namespace HdndWorkflow.Domain;

/// <summary>
/// One problem with user input: the field it concerns, as a JSON-style path such as <c>invitees[2].email</c>
/// (ready for a ValidationProblem's error dictionary), and a Vietnamese message the user can read.
/// </summary>
public sealed record ValidationError(string Field, string Message);
