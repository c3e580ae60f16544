using System.Text;
using HdndWorkflow.Testing;
using static HdndWorkflow.Resilience.BadInput.Requests;

namespace HdndWorkflow.Resilience.BadInput;

/// <summary>
/// Personal links with mangled tokens, on the API (GET, answer) and the confirmation page (GET, POST with the page's
/// form): a character changed, cut, lengthened, white space or control characters inside or around, other encodings,
/// another invitee's token changed by one character, huge. None may open an invitation or record an answer.
/// </summary>
internal static class LinkCases
{
    public static IEnumerable<BadCase> All(BadWorld w, PageForm confirmation, int rounds, Random random)
    {
        var answer = Encoding.UTF8.GetBytes("{\"response\":\"accept\"}");
        var form = MalformedForms.Body(confirmation.Fields.Select(f => (MalformedForms.Encode(f.Name), MalformedForms.Encode(f.Name == "Form.Response" ? "accept" : f.Value))));
        for (var round = 0; round < rounds; round++)
        {
            var token = w.Invitees[random.Next(w.Invitees.Count)].Token;
            var (how, mangled) = Mangle(token, random);
            yield return new BadCase("Personal links: API", $"GET, token {how}", Refusal.Problem, w.Anonymous, () => Raw(HttpMethod.Get, $"api/invitations/{mangled}", null, null));
            yield return new BadCase("Personal links: API", $"answer, token {how}", Refusal.Problem, w.Anonymous, () => Raw(HttpMethod.Post, $"api/invitations/{mangled}/answer", answer, "application/json"));
            yield return new BadCase("Personal links: page", $"GET, token {how}", Refusal.Page, w.Anonymous, () => Raw(HttpMethod.Get, $"xac-nhan/{mangled}", null, null));
            yield return new BadCase("Personal links: page", $"POST, token {how}", Refusal.Page, w.Browser, () => Raw(HttpMethod.Post, $"xac-nhan/{mangled}", form, MalformedForms.UrlEncoded));
        }
    }

    private static (string How, string Token) Mangle(string token, Random random)
    {
        var at = random.Next(token.Length);
        var other = token[at] == 'A' ? 'B' : 'A';
        (string, string)[] ways =
        [
            ("with one character changed", token[..at] + other + token[(at + 1)..]),
            ("cut short", token[..at]),
            ("lengthened", token + "AAAA"),
            ("with a space inside", token[..at] + "%20" + token[at..]),
            ("with a tab around", "%09" + token + "%09"),
            ("with a line break inside", token[..at] + "%0A" + token[at..]),
            ("with a NUL inside", token[..at] + "%00" + token[at..]),
            ("with a control character", token + "%01"),
            ("in upper case", token.ToUpperInvariant()),
            ("with base64 padding", token + "=="),
            ("with standard base64 characters", token.Replace('-', '+').Replace('_', '/')),
            ("percent-encoded twice", string.Concat(token.Select(c => $"%25{(int)c:X2}"))),
            ("as invalid UTF-8", token + "%FF%FE"),
            ("with a Cyrillic look-alike", token[..at] + "%D0%90" + token[(at + 1)..]),
            ("10,000 characters long", new string('A', 10_000)),
            ("empty", string.Empty),
            ("a dot segment", ".."),
            ("with a trailing slash", token + "/"),
            ("with a query", token + "?token=" + token),
        ];
        return ways[random.Next(ways.Length)];
    }
}
