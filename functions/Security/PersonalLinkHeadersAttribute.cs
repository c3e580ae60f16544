namespace HdndWorkflow.Functions.Security;

/// <summary>
/// Marks endpoints whose address is a credential (a personal confirmation link, a sign-in link, the invitation API):
/// <see cref="SecurityHeaders"/> then answers them, refusals and 429s included, with <c>Cache-Control: no-store</c>, so
/// that the address and the page stay out of shared caches and the browser's back-forward cache. Like every answer they
/// also carry <c>Referrer-Policy: no-referrer</c>: the address never leaks to other sites through the Referer header.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
internal sealed class PersonalLinkHeadersAttribute : Attribute;
