namespace HdndWorkflow.Resilience.BadInput;

/// <summary>How a refusal must read: problem details (the APIs) or a page (the pages and personal links' pages).</summary>
internal enum Refusal
{
    Problem,
    Page,
}

/// <summary>
/// One malformed request to one entry point. <see cref="Settles"/>: when it is taken after all, a workflow acts on it
/// afterwards, so what is stored is read again once it has stopped changing. <see cref="Reannounces"/>: a conclusion's
/// step refused because it is made already tells the workflow again (in case the first announcement was lost: see
/// ConclusionService.ChangeAsync); the workflow only reloads, so its instance's row in the task hub may change, and
/// nothing else may. <see cref="RefusedOnly"/>: only a refusal may answer it (another council's instance, for
/// instance): taken, it is a failure. <see cref="Repeated"/>: an inbound mail posted again (a Message-ID already
/// handled): it must be taken, answered as a duplicate, and change nothing stored.
/// </summary>
internal sealed record BadCase(
    string EntryPoint, string Name, Refusal Refusal, HttpClient Client, Func<HttpRequestMessage> Request, bool Settles = false, bool Reannounces = false, bool RefusedOnly = false,
    bool Repeated = false);
