namespace HdndWorkflow.Resilience.BadInput;

/// <summary>
/// The console's actions on an instance (<c>/quy-trinh/{id}?handler=…</c>), posted as the page's confirmation box
/// posts them (<c>confirmed=true</c>, the session's antiforgery token), so that the mangled forms reach the handlers:
/// raise an event, suspend, resume, terminate, rewind, restart, terminate again, purge, in that order, so that each
/// finds an instance it may act on. By the administrator on the workflow of another council's conference (what is
/// taken steers it, and the stored state follows); first a few by the organizer on that instance, which only a
/// refusal may answer.
/// </summary>
internal static class ConsoleCases
{
    private static readonly string[] Handlers = ["RaiseEvent", "Suspend", "Resume", "Terminate", "Rewind", "Restart", "Terminate", "Purge"];

    public static async Task<IReadOnlyList<BadCase>> AllAsync(BadWorld w, int mutations, Random random, CancellationToken cancellationToken)
    {
        var steered = $"quy-trinh/{w.Steered}";
        var organizer = Token(await PageForms.ReadAsync(w.Browser, $"quy-trinh/{w.Inviting}", cancellationToken));
        var administrator = Token(await PageForms.ReadAsync(w.AdministratorBrowser, steered, cancellationToken));
        var foreign = Handlers.Distinct().SelectMany(h => PageCases.Mutated("Pages: console, another council's instance (organizer)", w.Browser, Form(steered, h, organizer), 3, random))
            .Select(c => c with { RefusedOnly = true });
        var steering = Handlers.SelectMany(h => PageCases.Mutated("Pages: console (/quy-trinh), administrator", w.AdministratorBrowser, Form(steered, h, administrator), mutations, random, settles: true));
        return [.. foreign, .. steering];
    }

    private static PageForm Form(string path, string handler, string token) => new(
        $"/{path}?handler={handler}",
        [(PageForms.Antiforgery, token), ("confirmed", "true"), ("Reason", "Kiểm thử đầu vào sai"), ("EventName", "ConferenceChange"), ("Payload", "{\"what\":\"rescheduled\"}")]);

    private static string Token(IReadOnlyList<PageForm> forms) => forms.SelectMany(f => f.Fields).First(f => f.Name == PageForms.Antiforgery).Value;
}
