using System.Text.Json.Nodes;
using static HdndWorkflow.Resilience.BadInput.Requests;

namespace HdndWorkflow.Resilience.BadInput;

/// <summary>
/// Durable Functions' management API at both its roots: the list with mangled filters and continuation tokens, an
/// instance by mangled ids and flags, the actions with mangled ids, reasons and flags (terminate and suspend only on
/// ids that are no instance's; resume, rewind, restart and purge on the invited conference's running instance, which
/// refuses them anyway), purging many with mangled filters, and raiseEvent with malformed bodies and event names.
/// </summary>
internal static class ManagementCases
{
    private static readonly string[] Roots = ["api/instances", "runtime/webhooks/durabletask/instances"];

    public static IEnumerable<BadCase> All(BadWorld w, int mutations, Random random)
    {
        var running = w.Inviting.ToString();
        string[] badIds = ["abc", Guid.NewGuid().ToString(), new string('x', 5_000), "%00", "%FF", "a%2Fb", $"{running}%20", $"{running}:conclusion:x", "%E1%BB%87", "'%20or%201%20eq%201"];
        string[] listQueries =
        [
            "runtimeStatus=Bogus", "runtimeStatus=", "runtimeStatus=Running,,", "createdTimeFrom=yesterday", "createdTimeFrom=2026-02-30T00:00:00Z", "createdTimeTo=9999999999",
            "top=0", "top=-1", "top=abc", "top=99999999999", "top=1.5", "showInput=maybe", "instanceIdPrefix=%00", "instanceIdPrefix=" + new string('p', 5_000),
            "council=%FF", "stage=" + new string('s', 3_000), "stage=%00", "createdTimeFrom=2026-01-01&createdTimeFrom=2026-02-01", "%00=%00",
        ];
        string[] continuations = ["not base64!", new string('A', 20_000), "eyJ4IjoxfQ==", "%00", "\u0001"];
        string[] flags = ["showHistory=maybe", "showHistoryOutput=2", "showInput=%00", "returnInternalServerErrorOnFailure=yes", "showHistory=true&showHistory=false"];
        string[] reasons = ["reason=" + new string('r', 100_000), "reason=%00", "reason=%FF%FE", "reason=%1B%5B31m", "reason=a&reason=b"];
        foreach (var root in Roots)
        {
            var at = root.StartsWith("api", StringComparison.Ordinal) ? "/api/instances" : "/runtime/…/instances";
            foreach (var query in listQueries)
            {
                yield return new BadCase("Management API", $"list {at}?{ApiCases.Short(query)}", Refusal.Problem, w.Organizer, () => Raw(HttpMethod.Get, $"{root}?{query}", null, null));
                yield return new BadCase("Management API", $"purge many {at}?{ApiCases.Short(query)}", Refusal.Problem, w.Administrator, () => Raw(HttpMethod.Delete, $"{root}?{query}", null, null));
            }

            foreach (var token in continuations)
            {
                yield return new BadCase("Management API", $"list {at}, continuation {ApiCases.Short(token)}", Refusal.Problem, w.Organizer, () =>
                {
                    var request = Raw(HttpMethod.Get, root, null, null);
                    request.Headers.TryAddWithoutValidation("x-ms-continuation-token", token);
                    return request;
                });
            }

            foreach (var id in badIds)
            {
                foreach (var flag in flags.Take(2))
                {
                    yield return new BadCase("Management API", $"GET {at}/{ApiCases.Short(id)}?{flag}", Refusal.Problem, w.Organizer, () => Raw(HttpMethod.Get, $"{root}/{id}?{flag}", null, null));
                }

                foreach (var action in new[] { "terminate", "suspend", "resume", "rewind", "restart?restartWithNewInstanceId=maybe" })
                {
                    yield return new BadCase("Management API", $"{action} {at}/{ApiCases.Short(id)}", Refusal.Problem, w.Organizer,
                        () => Raw(HttpMethod.Post, $"{root}/{id}/{action}", null, null));
                }

                yield return new BadCase("Management API", $"DELETE {at}/{ApiCases.Short(id)}", Refusal.Problem, w.Organizer, () => Raw(HttpMethod.Delete, $"{root}/{id}", null, null));
            }

            foreach (var flag in flags)
            {
                yield return new BadCase("Management API", $"GET {at}/running?{flag}", Refusal.Problem, w.Organizer, () => Raw(HttpMethod.Get, $"{root}/{running}?{flag}", null, null));
            }

            foreach (var reason in reasons)
            {
                foreach (var action in new[] { "resume", "rewind", "restart?restartWithNewInstanceId=true&x=1" })
                {
                    var path = action.Contains('?', StringComparison.Ordinal) ? $"{root}/{running}/{action}&{reason}" : $"{root}/{running}/{action}?{reason}";
                    // Resuming a running instance is taken, as in Durable Functions (the engine records it and goes on).
                    yield return new BadCase("Management API", $"{action.Split('?')[0]} running, {ApiCases.Short(reason)}", Refusal.Problem, w.Organizer, () => Raw(HttpMethod.Post, path, null, null), Settles: true);
                }

                yield return new BadCase("Management API", $"terminate unknown, {ApiCases.Short(reason)}", Refusal.Problem, w.Organizer,
                    () => Raw(HttpMethod.Post, $"{root}/{Guid.NewGuid()}/terminate?{reason}", null, null));
            }

            yield return new BadCase("Management API", $"purge running {at}", Refusal.Problem, w.Organizer, () => Raw(HttpMethod.Delete, $"{root}/{running}", null, null));
            foreach (var eventName in new[] { "Bogus", "%00", new string('e', 5_000), "ConferenceChange%20", "conferencechange" })
            {
                yield return new BadCase("Management API", $"raiseEvent {ApiCases.Short(eventName)} {at}", Refusal.Problem, w.Organizer,
                    () => Raw(HttpMethod.Post, $"{root}/{running}/raiseEvent/{eventName}", "{\"what\":\"rescheduled\"}"u8.ToArray(), "application/json"), Settles: true);
            }

            foreach (var c in Json("Management API: raiseEvent", w.Organizer, HttpMethod.Post, () => $"{root}/{running}/raiseEvent/ConferenceChange",
                JsonNode.Parse("{\"what\":\"rescheduled\"}")!, mutations, random, settles: true))
            {
                yield return c;
            }
        }
    }
}
