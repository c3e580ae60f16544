using System.Net;
using System.Text;
using HdndWorkflow.Testing;
using static HdndWorkflow.Resilience.BadInput.Requests;

namespace HdndWorkflow.Resilience.BadInput;

/// <summary>
/// The pages' forms, read from the pages as a browser gets them (antiforgery token included) and sent mangled (see
/// <see cref="MalformedForms"/>): sign-in, creating and editing a conference, the conference page's forms, the
/// confirmation page of a personal link (spread over the invitations' links, so that the per-link rate limit lets
/// them through), the conclusion's outcome and draft (the console's actions: <see cref="ConsoleCases"/>). Forms
/// whose well-formed post acts at once (start, close, held on the draft) get only posts no form can pass: no token,
/// another session's, a cut body. The sign-in link page gets mangled links.
/// </summary>
internal static class PageCases
{
    private static readonly HashSet<string> Token = new(StringComparer.Ordinal) { PageForms.Antiforgery };

    public static async Task<IReadOnlyList<BadCase>> AllAsync(BadWorld w, HttpClient signedOut, int mutations, Random random, CancellationToken cancellationToken)
    {
        var cases = new List<BadCase>();
        var later = HdndWorkflow.Domain.Vietnamese.VietnamTime.ToLocal(NodaTime.SystemClock.Instance.GetCurrentInstant()).Date.PlusDays(12);
        var signIn = (await PageForms.ReadAsync(signedOut, "dang-nhap", cancellationToken)).Single();
        cases.AddRange(Mutated("Pages: sign-in", signedOut, With(signIn, ("Email", "khong-ai@sai.example.vn")), mutations, random));

        var create = (await PageForms.ReadAsync(w.Browser, "hoi-nghi/tao-moi", cancellationToken)).Single();
        cases.AddRange(Mutated("Pages: create conference", w.Browser, With(create,
            ("Form.Kind", "Briefing"), ("Form.Ordinal", "2"), ("Form.Date", $"{later.Day:00}/{later.Month:00}/{later.Year}"), ("Form.Start", "08:00"), ("Form.End", "11:00"),
            ("Form.VenueName", "Hội trường HĐND tỉnh"), ("Form.CoChairs[0].Name", "Nguyễn Đăng Quang"), ("Form.CoChairs[0].StateTitles", "Chủ tịch HĐND tỉnh"),
            ("Form.Invitees[0].Name", "Trần Thị Hai"), ("Form.Invitees[0].Title", "Chủ tịch HĐND phường"), ("Form.Invitees[0].Email", "trang-tao@sai.example.vn"),
            ("Form.DeadlineDate", BadWorld.Iso(later.PlusDays(-3))), ("Form.DeadlineTime", "17:00"), ("Form.ReminderHours", "72, 24")), mutations, random, multipart: true));

        var edit = (await PageForms.ReadAsync(w.Browser, $"hoi-nghi/{w.Draft}/sua", cancellationToken)).Single();
        cases.AddRange(Mutated("Pages: edit conference", w.Browser, edit, mutations, random, multipart: true));

        foreach (var form in await PageForms.ReadAsync(w.Browser, $"hoi-nghi/{w.Draft}", cancellationToken))
        {
            if (ActsAtOnce(form))
            {
                cases.AddRange(Unpassable("Pages: conference page", w.Browser, form));
            }
            else if (form.Action.Contains("handler=Import", StringComparison.Ordinal))
            {
                cases.AddRange(Upload(w.Browser, form, mutations / 2, random));
            }
            else
            {
                cases.AddRange(Mutated("Pages: conference page", w.Browser, form, mutations / 2, random));
            }
        }

        var read = w.Invitees[^1].Token;
        var confirmation = (await PageForms.ReadAsync(w.Browser, $"xac-nhan/{read}", cancellationToken)).Single();
        cases.AddRange(Mutated("Pages: confirmation (personal link)", w.Browser, With(confirmation,
            ("Form.Response", "decline"), ("Form.Reason", "Trùng lịch công tác")), mutations, random)
            .Select((c, i) => c with { Request = OnLink(c.Request, read, w.Invitees[i % w.Invitees.Count].Token) }));

        foreach (var page in new[] { $"hoi-nghi/{w.Held}/ket-luan/ket-qua", $"hoi-nghi/{w.Held}/ket-luan/du-thao" })
        {
            foreach (var form in await PageForms.ReadAsync(w.Browser, page, cancellationToken))
            {
                cases.AddRange(Mutated("Pages: conclusion forms", w.Browser, form, mutations / 2, random, settles: true));
            }
        }

        cases.AddRange(SignInLinks(signedOut, signIn, random));
        return cases;
    }

    /// <summary>A form with some fields given values (added when the page's form lacks them).</summary>
    public static PageForm With(PageForm form, params (string Name, string Value)[] values)
    {
        var fields = form.Fields.Select(f => values.FirstOrDefault(v => v.Name == f.Name) is { Name: not null } v ? v : f).ToList();
        fields.AddRange(values.Where(v => fields.All(f => f.Name != v.Name)));
        return form with { Fields = fields };
    }

    /// <summary>Mutations of a form (URL-encoded, and multipart when asked), then the posts of it no page may take.</summary>
    public static IEnumerable<BadCase> Mutated(string entryPoint, HttpClient browser, PageForm form, int count, Random random, bool multipart = false, bool settles = false)
    {
        foreach (var (name, body, type) in MalformedForms.Mutations(form.Fields, count, random, Token))
        {
            yield return new BadCase(entryPoint, $"{Where(form)}: {name}", Refusal.Page, browser, () => Raw(HttpMethod.Post, form.Action.TrimStart('/'), body, type), settles);
        }

        if (multipart)
        {
            foreach (var (name, body, type) in MalformedForms.Multipart(form.Fields, [], count / 4, random, Token))
            {
                yield return new BadCase(entryPoint, $"{Where(form)} (multipart): {name}", Refusal.Page, browser, () => Raw(HttpMethod.Post, form.Action.TrimStart('/'), body, type), settles);
            }
        }

        foreach (var c in Unpassable(entryPoint, browser, form))
        {
            yield return c;
        }
    }

    // Posts of the form no page may take: without its token, with another's, cut before the token, as another type.
    private static IEnumerable<BadCase> Unpassable(string entryPoint, HttpClient browser, PageForm form)
    {
        var others = form.Fields.Where(f => f.Name != PageForms.Antiforgery).Select(f => (MalformedForms.Encode(f.Name), MalformedForms.Encode(f.Value))).ToList();
        var token = form.Fields.FirstOrDefault(f => f.Name == PageForms.Antiforgery).Value ?? string.Empty;
        (string Name, byte[] Body, string? Type)[] posts =
        [
            ("without the token", MalformedForms.Body(others), MalformedForms.UrlEncoded),
            ("with a token changed by one character", MalformedForms.Body([(PageForms.Antiforgery, MalformedForms.Encode(token.Length > 10 ? token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..] : "x")), .. others]), MalformedForms.UrlEncoded),
            ("with a NUL in the token", MalformedForms.Body([(PageForms.Antiforgery, MalformedForms.Encode(token) + "%00"), .. others]), MalformedForms.UrlEncoded),
            ("with a 100,000-character token", MalformedForms.Body([(PageForms.Antiforgery, new string('A', 100_000)), .. others]), MalformedForms.UrlEncoded),
            ("as JSON", Encoding.UTF8.GetBytes($"{{\"{PageForms.Antiforgery}\":\"{token}\"}}"), "application/json"),
            ("empty", [], MalformedForms.UrlEncoded),
        ];
        foreach (var (name, body, type) in posts)
        {
            yield return new BadCase(entryPoint, $"{Where(form)}: {name}", Refusal.Page, browser, () => Raw(HttpMethod.Post, form.Action.TrimStart('/'), body, type));
        }
    }

    // The CSV upload: the file part mangled (MalformedBodies' CSV files), and the form around it.
    private static IEnumerable<BadCase> Upload(HttpClient browser, PageForm form, int count, Random random)
    {
        foreach (var (name, csv) in MalformedBodies.Csv(generated: count, random))
        {
            foreach (var (how, body, type) in MalformedForms.Multipart(form.Fields, [("file", csv, "khach-moi.csv", "text/csv")], 1, random, Token))
            {
                yield return new BadCase("Pages: conference page", $"{Where(form)}: file {name}, {how}", Refusal.Page, browser, () => Raw(HttpMethod.Post, form.Action.TrimStart('/'), body, type));
            }
        }
    }

    private static IEnumerable<BadCase> SignInLinks(HttpClient signedOut, PageForm signIn, Random random)
    {
        var form = MalformedForms.Body(signIn.Fields.Where(f => f.Name == PageForms.Antiforgery).Select(f => (f.Name, MalformedForms.Encode(f.Value))));
        string[] links = ["abc", new string('A', 10_000), "%00", "%FF%FE", "..", "A%20B", "eyJhbGciOiJub25lIn0.e30.", "%0A"];
        for (var i = 0; i < 60; i++)
        {
            var link = links[random.Next(links.Length)] + (random.Next(2) == 0 ? string.Empty : "x");
            yield return new BadCase("Pages: sign-in link", $"GET {ApiCases.Short(link)}", Refusal.Page, signedOut, () => Raw(HttpMethod.Get, $"dang-nhap/{link}", null, null));
            yield return new BadCase("Pages: sign-in link", $"POST {ApiCases.Short(link)}", Refusal.Page, signedOut, () => Raw(HttpMethod.Post, $"dang-nhap/{link}", form, MalformedForms.UrlEncoded));
        }
    }

    // The request sent to another personal link: each link has a budget of requests a minute (LinkRateLimiting).
    private static Func<HttpRequestMessage> OnLink(Func<HttpRequestMessage> request, string token, string other) => () =>
    {
        var sent = request();
        sent.RequestUri = new Uri(sent.RequestUri!.OriginalString.Replace(token, other, StringComparison.Ordinal), UriKind.Relative);
        return sent;
    };

    private static bool ActsAtOnce(PageForm form) =>
        new[] { "handler=Start", "handler=Close", "handler=Held" }.Any(h => form.Action.Contains(h, StringComparison.Ordinal));

    private static string Where(PageForm form) => WebUtility.UrlDecode(form.Action.Split('?') is [_, var query] ? query : form.Action);
}
