using System.Text;
using HdndWorkflow.Functions.Conclusions.Api;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Testing;
using NodaTime;
using static HdndWorkflow.Resilience.BadInput.Requests;

namespace HdndWorkflow.Resilience.BadInput;

/// <summary>
/// The JSON API: every endpoint that takes a body gets bodies nothing can read, mutations of a valid body and wrong
/// content types; the CSV import generated files; the actions without a body (start, close, held, cancel, removing an
/// invitee) mangled ids, methods and stray bodies. Aimed where a valid request changes little: the draft for what
/// edits, the invited conference for answers (a refusal with its reason: the workflow is not told of it, unlike a
/// deputy), the held one's conclusion for its steps (approval last; fewer mutations there, as each one taken waits
/// for the workflow to act on it).
/// </summary>
internal static class ApiCases
{
    public static IEnumerable<BadCase> All(BadWorld w, int mutations, Random random)
    {
        var later = VietnamTime(10);
        var draft = $"api/conferences/{w.Draft}";
        var conclusion = $"api/conferences/{w.Held}/conclusion";
        var answers = 0;
        IEnumerable<BadCase>[] groups =
        [
            Json("API: create conference", w.Organizer, HttpMethod.Post, () => "api/conferences",
                Node(BadWorld.Conference("sai-tao", later, later.PlusDays(-3), 2)), mutations, random),
            Json("API: update conference", w.Organizer, HttpMethod.Put, () => draft,
                Node(BadWorld.Conference("sai-sua", later, later.PlusDays(-3), 2)), mutations, random),
            Json("API: reschedule", w.Organizer, HttpMethod.Post, () => $"{draft}/reschedule",
                Node(new RescheduleInput(BadWorld.Iso(later.Date.PlusDays(2)), "14:00", "16:00", $"{BadWorld.Iso(later.Date)}T17:00")), mutations, random),
            Json("API: add invitees", w.Organizer, HttpMethod.Post, () => $"{draft}/invitees",
                Node(BadWorld.Conference("sai-them", later, later, 2).Invitees), mutations, random),
            Json("API: correct an address", w.Organizer, HttpMethod.Post, () => $"api/conferences/{w.Inviting}/invitees/{w.Invitees[0].Id}/address",
                Node(new AddressInput("dia-chi-moi@sai.example.vn")), mutations, random, settles: true),
            Json("API: answer by personal link", w.Anonymous, HttpMethod.Post, () => $"api/invitations/{w.Invitees[answers++ % w.Invitees.Count].Token}/answer",
                Node(new AnswerInput(AnswerInput.Decline, "Trùng lịch công tác")), mutations, random),
            Json("API: conclusion outcome", w.Organizer, HttpMethod.Put, () => $"{conclusion}/outcome", Node(BadWorld.Outcome()), mutations / 3, random, settles: true),
            Json("API: conclusion draft", w.Organizer, HttpMethod.Put, () => $"{conclusion}/draft", Node(new DraftInput
            {
                Article = new ArticleInput(Title: "Hội nghị giao ban", Body: ["Hội nghị đã đánh giá kết quả hoạt động."]),
                Notice = new NoticeTextInput(Sections: [new NoticeSectionBody("1. Đánh giá chung", ["Hội nghị thống nhất đánh giá."])]),
            }), mutations / 3, random, settles: true),
            Json("API: conclusion submit", w.Organizer, HttpMethod.Post, () => $"{conclusion}/submit", Node(new SubmitInput("Kính trình.")), mutations / 3, random, settles: true, reannounces: true),
            Json("API: conclusion request changes", w.Approver, HttpMethod.Post, () => $"{conclusion}/request-changes", Node(new ReviewInput("Bổ sung số liệu.", 1)), mutations / 3, random, settles: true, reannounces: true),
            Json("API: conclusion correction", w.Organizer, HttpMethod.Post, () => $"{conclusion}/corrections",
                Node(new CorrectionInput { Note = "Sửa tên đại biểu.", Article = new ArticleInput(Title: "Tiêu đề") }), mutations / 4, random, settles: true, reannounces: true),
            Json("API: conclusion withdrawal", w.Organizer, HttpMethod.Post, () => $"{conclusion}/withdrawal", Node(new WithdrawalInput("Đăng nhầm.")), mutations / 4, random, settles: true, reannounces: true),
            Json("API: conclusion decisions", w.Approver, HttpMethod.Post, () => $"{conclusion}/corrections/refuse", Node(new DecisionInput("Không đồng ý.")), mutations / 4, random, settles: true, reannounces: true),
            Json("API: conclusion approve", w.Approver, HttpMethod.Post, () => $"{conclusion}/approve", Node(new ReviewInput("Đồng ý ban hành.", 1)), mutations / 3, random, settles: true, reannounces: true),
            Csv(w, draft, random),
            Actions(w),
            Councils(w),
        ];
        return groups.SelectMany(g => g);
    }

    private static IEnumerable<BadCase> Csv(BadWorld w, string draft, Random random)
    {
        foreach (var (name, body) in MalformedBodies.Csv(generated: 320, random))
        {
            yield return new BadCase("API: CSV import", name, Refusal.Problem, w.Organizer, () => Raw(HttpMethod.Post, $"{draft}/invitees/csv", body, "text/csv; charset=utf-8"));
        }

        var valid = Encoding.UTF8.GetBytes("Họ và tên,Chức vụ,Đơn vị,Email\nNguyễn Văn Mời,Chủ tịch HĐND xã,Xã Mẫu,csv-loai@example.vn\n");
        foreach (var (name, type, query) in new (string, string?, string)[]
        {
            ("as JSON", "application/json", string.Empty), ("without a content type", null, string.Empty), ("as multipart without a boundary", "multipart/form-data", string.Empty),
            ("skipInvalidLines=maybe", "text/csv", "?skipInvalidLines=maybe"), ("skipInvalidLines twice", "text/csv", "?skipInvalidLines=true&skipInvalidLines=false"),
            ("in windows-1258 said to be UTF-8", "text/csv; charset=utf-8", "?x=%00"), ("an unknown charset", "text/csv; charset=x-nothing", string.Empty),
        })
        {
            var body = name.Contains("1258", StringComparison.Ordinal) ? [.. valid.Select(b => b >= 0x80 ? (byte)0xD2 : b)] : valid;
            yield return new BadCase("API: CSV import", name, Refusal.Problem, w.Organizer, () => Raw(HttpMethod.Post, $"{draft}/invitees/csv{query}", body, type));
        }
    }

    // The actions without a body, on ids and in states where a well-formed request is refused too (cancel only on ids
    // that are no conference's): what is mangled is the path, the method and a body nobody asked for.
    private static IEnumerable<BadCase> Actions(BadWorld w)
    {
        string[] ids =
        [
            w.Draft.ToString(), w.Inviting.ToString(), Guid.NewGuid().ToString(), "abc", w.Draft.ToString("N") + "0", new string('9', 5_000),
            "%00", "%FF%FE", "..%2F..%2Fapi%2Fcouncils", w.Draft.ToString().ToUpperInvariant() + "%20", "00000000-0000-0000-0000-000000000000", "%E1%BB%87",
        ];
        string[] both = [w.Draft.ToString(), w.Inviting.ToString()];
        (string Action, HttpMethod Method, string[] RealIds)[] actions =
        [
            ("start", HttpMethod.Post, []), ("close-registration", HttpMethod.Post, [w.Draft.ToString()]), ("held", HttpMethod.Post, both), ("cancel", HttpMethod.Post, []),
            ("invitees/" + Guid.NewGuid(), HttpMethod.Delete, both), ("invitees/abc", HttpMethod.Delete, both), ("roll", HttpMethod.Get, both), ("roll.xlsx", HttpMethod.Get, both),
        ];
        (string Name, byte[]? Body, string? Type)[] bodies =
        [
            ("no body", null, null), ("a JSON body", "{\"confirmed\":true}"u8.ToArray(), "application/json"), ("2 MB of junk", new byte[2_000_000], "application/octet-stream"),
            ("invalid UTF-8 JSON", [0x7B, 0xFF, 0x7D], "application/json"),
        ];
        foreach (var (action, method, realIds) in actions)
        {
            // A real id only where a well-formed request is refused too (start on the draft would start it).
            foreach (var id in ids.Where(i => realIds.Contains(i) || !IsReal(w, i)))
            {
                // A NUL in the path is refused by Kestrel as the request line arrives; it closes the connection without
                // reading a large body, which the client then sees as no answer: only small bodies go with it.
                foreach (var (name, body, type) in bodies.Where(b => id != "%00" || b.Body is not { Length: > 1_000 }))
                {
                    yield return new BadCase("API: conference actions", $"{method} {action} on {Short(id)}, {name}", Refusal.Problem, w.Organizer,
                        () => Raw(method, $"api/conferences/{id}/{action}", body, type));
                }
            }

            yield return new BadCase("API: conference actions", $"{action} on the invited conference with PATCH", Refusal.Problem, w.Organizer,
                () => Raw(HttpMethod.Patch, $"api/conferences/{w.Inviting}/{action}", null, null));
        }

        foreach (var (name, body, type) in bodies)
        {
            yield return new BadCase("API: conference actions", $"start the invited conference again, {name}", Refusal.Problem, w.Organizer,
                () => Raw(HttpMethod.Post, $"api/conferences/{w.Inviting}/start", body, type));
        }
    }

    private static IEnumerable<BadCase> Councils(BadWorld w)
    {
        string[] queries = ["?council=%00", "?council=" + new string('x', 10_000), "?top=-1", "?%FF=%FE", "?a=1&a=2&a=3"];
        foreach (var query in queries)
        {
            yield return new BadCase("API: councils", $"GET {Short(query)}", Refusal.Problem, w.Organizer, () => Raw(HttpMethod.Get, $"api/councils{query}", null, null));
            yield return new BadCase("API: councils", $"POST {Short(query)}", Refusal.Problem, w.Organizer, () => Raw(HttpMethod.Post, $"api/councils{query}", "{}"u8.ToArray(), "application/json"));
            yield return new BadCase("API: councils", $"GET {Short(query)} without a key", Refusal.Problem, w.Anonymous, () => Raw(HttpMethod.Get, $"api/councils{query}", null, null));
        }
    }

    private static bool IsReal(BadWorld w, string id) =>
        id.StartsWith(w.Draft.ToString(), StringComparison.OrdinalIgnoreCase) || id.StartsWith(w.Inviting.ToString(), StringComparison.OrdinalIgnoreCase);

    public static string Short(string text) => text.Length <= 40 ? text : $"{text[..20]}… ({text.Length:N0} characters)";

    private static LocalDateTime VietnamTime(int days) =>
        HdndWorkflow.Domain.Vietnamese.VietnamTime.ToLocal(SystemClock.Instance.GetCurrentInstant()).Date.PlusDays(days).At(new LocalTime(8, 0));
}
