using System.Net;
using System.Text;
using HdndWorkflow.Functions.Management.Api;
using HdndWorkflow.Functions.Tests.Pages;

namespace HdndWorkflow.Functions.Tests.Management;

/// <summary>
/// Who may do what, over real HTTP: every management route (at both of its roots) and every console page and action,
/// for each role (administrator, the organizer of each council, an approver, nobody) against instances of each council
/// and an id that belongs to no conference. Where a role may act, the request is one its target's state refuses
/// (terminating a finished instance: 410; restarting a running one: 409), so the matrix proves the check without
/// changing anything.
/// </summary>
[Collection(ConsoleAppCollection.Name)]
public sealed class AuthorizationMatrixTests(ConsoleAppFixture app)
{
    private enum Role
    {
        Administrator,
        Organizer,
        OtherOrganizer,
        Approver,
        Anonymous,
    }

    private enum Target
    {
        Ours,
        Theirs,
        Unknown,
        None,
    }

    private static readonly Role[] Roles = Enum.GetValues<Role>();

    [Fact]
    public async Task Each_role_reaches_exactly_its_councils_instances_through_every_management_route()
    {
        var targets = await TargetsAsync();
        var clients = new Dictionary<Role, HttpClient>
        {
            [Role.Administrator] = app.Administrator,
            [Role.Organizer] = app.Organizer,
            [Role.OtherOrganizer] = app.OtherOrganizer,
            [Role.Approver] = app.Approver,
            [Role.Anonymous] = app.Anonymous,
        };

        // (what, target, method, path in the API, the status when allowed)
        var routes = new List<(string What, Target Target, HttpMethod Method, string Path, HttpStatusCode Allowed)>
        {
            ("list", Target.None, HttpMethod.Get, "", HttpStatusCode.OK),
            ("status", Target.Ours, HttpMethod.Get, "/{running}", HttpStatusCode.Accepted),
            ("raiseEvent", Target.Ours, HttpMethod.Post, "/{finished}/raiseEvent/ConferenceChange", HttpStatusCode.Gone),
            ("terminate", Target.Ours, HttpMethod.Post, "/{finished}/terminate?reason=thử", HttpStatusCode.Gone),
            ("suspend", Target.Ours, HttpMethod.Post, "/{finished}/suspend", HttpStatusCode.Gone),
            ("resume", Target.Ours, HttpMethod.Post, "/{finished}/resume", HttpStatusCode.Gone),
            ("rewind", Target.Ours, HttpMethod.Post, "/{finished}/rewind", HttpStatusCode.Gone),
            ("restart", Target.Ours, HttpMethod.Post, "/{running}/restart", HttpStatusCode.Conflict),
            ("purge", Target.Ours, HttpMethod.Delete, "/{running}", HttpStatusCode.Conflict),
        };

        var mismatches = new StringBuilder();
        foreach (var root in new[] { ManagementApi.Root, ManagementApi.ForwardedRoot })
        {
            foreach (var role in Roles)
            {
                foreach (var (what, kind, method, path, allowed) in routes)
                {
                    foreach (var target in kind == Target.None ? [Target.None] : new[] { Target.Ours, Target.Theirs, Target.Unknown })
                    {
                        var url = root + path.Replace("{running}", targets.Running(target), StringComparison.Ordinal)
                            .Replace("{finished}", targets.Finished(target), StringComparison.Ordinal);
                        using var request = new HttpRequestMessage(method, url);
                        if (what == "raiseEvent")
                        {
                            request.Content = new StringContent("{\"what\":\"thử\"}", Encoding.UTF8, "application/json");
                        }

                        using var response = await clients[role].SendAsync(request);
                        var expected = Expected(role, target, allowed);
                        if (response.StatusCode != expected)
                        {
                            mismatches.AppendLine($"{role} {method} {url}: {(int)response.StatusCode}, expected {(int)expected}");
                        }
                    }
                }

                // Purging by time window spans every council: administrators only (nothing is that new: 404).
                using var many = await clients[role].DeleteAsync($"{root}?createdTimeFrom=2999-01-01T00:00:00Z");
                var manyExpected = role switch
                {
                    Role.Administrator => HttpStatusCode.NotFound,
                    Role.Anonymous => HttpStatusCode.Unauthorized,
                    _ => HttpStatusCode.Forbidden,
                };
                if (many.StatusCode != manyExpected)
                {
                    mismatches.AppendLine($"{role} DELETE {root}?createdTimeFrom=…: {(int)many.StatusCode}, expected {(int)manyExpected}");
                }

                // Asking for another council's list is refused to an organizer.
                using var theirs = await clients[role].GetAsync($"{root}?council={ConsoleAppFixture.OtherCouncil}");
                var theirsExpected = role switch
                {
                    Role.Administrator or Role.OtherOrganizer => HttpStatusCode.OK,
                    Role.Anonymous => HttpStatusCode.Unauthorized,
                    _ => HttpStatusCode.Forbidden,
                };
                if (theirs.StatusCode != theirsExpected)
                {
                    mismatches.AppendLine($"{role} GET {root}?council={ConsoleAppFixture.OtherCouncil}: {(int)theirs.StatusCode}, expected {(int)theirsExpected}");
                }
            }
        }

        mismatches.ToString().Should().BeEmpty();
    }

    [Fact]
    public async Task Each_role_reaches_exactly_its_councils_instances_through_every_console_page_and_action()
    {
        var targets = await TargetsAsync();
        var sessions = new Dictionary<Role, PageSession>();
        foreach (var (role, email) in new[]
        {
            (Role.Administrator, ConsoleAppFixture.AdministratorEmail),
            (Role.Organizer, ConsoleAppFixture.OrganizerEmail),
            (Role.OtherOrganizer, ConsoleAppFixture.OtherOrganizerEmail),
            (Role.Approver, ConsoleAppFixture.ApproverEmail),
        })
        {
            sessions[role] = app.NewSession();
            await sessions[role].SignInAsync(email);
        }

        sessions[Role.Anonymous] = app.NewSession();
        var mismatches = new StringBuilder();
        try
        {
            foreach (var role in Roles)
            {
                var session = sessions[role];
                var token = role == Role.Anonymous ? "none" : (await session.GetAsync("/hoi-nghi")).AntiforgeryToken();

                await Check(role, "GET /quy-trinh", await session.GetAsync("/quy-trinh"), Page(role, Target.None, HttpStatusCode.OK));
                await Check(role, $"GET /quy-trinh?hoiDong={ConsoleAppFixture.OtherCouncil}", await session.GetAsync($"/quy-trinh?hoiDong={ConsoleAppFixture.OtherCouncil}"),
                    role is Role.Administrator or Role.OtherOrganizer ? HttpStatusCode.OK : Page(role, Target.Theirs, HttpStatusCode.OK));
                foreach (var target in new[] { Target.Ours, Target.Theirs, Target.Unknown })
                {
                    var running = targets.Running(target);
                    var finished = targets.Finished(target);
                    await Check(role, $"GET instance {target}", await session.GetAsync($"/quy-trinh/{running}"), Page(role, target, HttpStatusCode.OK));
                    foreach (var handler in new[] { "Terminate", "Suspend", "Resume", "Rewind", "RaiseEvent" })
                    {
                        var fields = new List<(string, string)> { (PageSession.AntiforgeryField, token), ("EventName", "ConferenceChange"), ("Payload", "{\"what\":\"thử\"}") };
                        await Check(role, $"POST {handler} {target} (first step)", await session.PostAsync($"/quy-trinh/{finished}?handler={handler}", fields),
                            Page(role, target, HttpStatusCode.OK));
                        await Check(role, $"POST {handler} {target} (confirmed)", await session.PostAsync($"/quy-trinh/{finished}?handler={handler}", [.. fields, ("confirmed", "true")]),
                            Page(role, target, HttpStatusCode.Gone));
                    }

                    foreach (var handler in new[] { "Restart", "Purge" })
                    {
                        await Check(role, $"POST {handler} {target} (confirmed)",
                            await session.PostAsync($"/quy-trinh/{running}?handler={handler}", [(PageSession.AntiforgeryField, token), ("confirmed", "true")]),
                            Page(role, target, HttpStatusCode.Conflict));
                    }
                }
            }
        }
        finally
        {
            foreach (var session in sessions.Values)
            {
                session.Dispose();
            }
        }

        mismatches.ToString().Should().BeEmpty();

        Task Check(Role role, string what, PageResponse response, HttpStatusCode expected)
        {
            if (response.Status != expected)
            {
                mismatches.AppendLine($"{role} {what}: {(int)response.Status}, expected {(int)expected}");
            }
            else if (expected == HttpStatusCode.Found
                && !(response.Location is { } to && (to.IsAbsoluteUri ? to.AbsolutePath : to.OriginalString).StartsWith("/dang-nhap", StringComparison.Ordinal)))
            {
                mismatches.AppendLine($"{role} {what}: redirected to {response.Location}, not to the sign-in page");
            }

            return Task.CompletedTask;
        }
    }

    // An organizer reaches his or her council's instances; an id of no conference is unknown to an organizer and, when
    // the engine has no such instance, to an administrator too.
    private static HttpStatusCode Expected(Role role, Target target, HttpStatusCode allowed) => (role, target) switch
    {
        (Role.Anonymous, _) => HttpStatusCode.Unauthorized,
        (Role.Approver, _) => HttpStatusCode.Forbidden,
        (_, Target.None) => allowed,
        (_, Target.Unknown) => HttpStatusCode.NotFound,
        (Role.Administrator, _) => allowed,
        (Role.Organizer, Target.Ours) or (Role.OtherOrganizer, Target.Theirs) => allowed,
        _ => HttpStatusCode.Forbidden,
    };

    // The same rule for pages, where nobody signed in is sent to the sign-in page.
    private static HttpStatusCode Page(Role role, Target target, HttpStatusCode allowed) =>
        role == Role.Anonymous ? HttpStatusCode.Found : Expected(role, target, allowed);

    private async Task<Targets> TargetsAsync()
    {
        async Task<(string Running, string Finished)> CouncilAsync(HttpClient organizer, string council)
        {
            var running = await app.StartAsync(ConsoleOrchestrations.Waiting, (await app.ConferenceAsync(organizer, council)).ToString());
            var finished = await app.StartAsync(ConsoleOrchestrations.Waiting, (await app.ConferenceAsync(organizer, council)).ToString());
            await app.Engine.TerminateInstanceAsync(finished, "kết thúc để kiểm thử");
            await app.UntilAsync(finished, i => i.IsCompleted, "terminated");
            return (running, finished);
        }

        var ours = await CouncilAsync(app.Organizer, ConsoleAppFixture.Council);
        var theirs = await CouncilAsync(app.OtherOrganizer, ConsoleAppFixture.OtherCouncil);
        return new Targets(ours, theirs, Guid.NewGuid().ToString());
    }

    private sealed record Targets((string Running, string Finished) Ours, (string Running, string Finished) Theirs, string Unknown)
    {
        public string Running(Target target) => target switch { Target.Ours => Ours.Running, Target.Theirs => Theirs.Running, _ => Unknown };

        public string Finished(Target target) => target switch { Target.Ours => Ours.Finished, Target.Theirs => Theirs.Finished, _ => Unknown };
    }
}
