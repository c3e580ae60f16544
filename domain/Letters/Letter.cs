namespace HdndWorkflow.Domain.Letters;

/// <summary>
/// A composed e-mail letter: the subject line, the HTML body (a complete UTF-8 document, <c>lang="vi"</c>) and the same
/// content as plain text with every link written out. Personal to one recipient.
/// </summary>
public sealed record Letter(string Subject, string Html, string Text);
