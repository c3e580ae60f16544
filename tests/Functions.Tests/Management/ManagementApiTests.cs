using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HdndWorkflow.Functions.Conclusions.Persistence;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Management.Api;
using HdndWorkflow.Functions.Tests.Conclusions;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.Functions.Tests.Management;

/// <summary>The management API over real HTTP: Durable Functions' shapes, parameters and status codes.</summary>
[Collection(ConsoleAppCollection.Name)]
public sealed class ManagementApiTests(ConsoleAppFixture app)
{
    private const string Root = ManagementApi.Root;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_status_has_Durable_Functions_properties_and_its_history_folds_each_call_into_its_result()
    {
        var id = await app.StartAsync(ConsoleOrchestrations.Waiting, $"api-status-{Guid.NewGuid():N}", "chào");
        (await app.Administrator.PostAsync($"{Root}/{id}/raiseEvent/ConferenceChange", JsonBody("{\"what\":\"xong\"}"))).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await app.UntilAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Completed, "completed");

        using var full = await app.Administrator.GetAsync($"{Root}/{id}?showHistory=true&showHistoryOutput=true");
        using var quiet = await app.Administrator.GetAsync($"{Root}/{id}?showHistory=true&showInput=false");
        using var plain = await app.Administrator.GetAsync($"{Root}/{id}");

        full.StatusCode.Should().Be(HttpStatusCode.OK, "a finished instance answers 200");
        var status = await full.Content.ReadFromJsonAsync<JsonElement>();
        status.EnumerateObject().Select(p => p.Name).Should().Equal(
            "name", "instanceId", "runtimeStatus", "input", "customStatus", "output", "createdTime", "lastUpdatedTime", "historyEvents");
        status.GetProperty("runtimeStatus").GetString().Should().Be("Completed");
        status.GetProperty("input").GetString().Should().Be("chào");
        status.GetProperty("output").GetString().Should().Be("xong");
        status.GetProperty("customStatus").GetProperty("status").GetString().Should().Be("Inviting");
        status.GetProperty("createdTime").GetString().Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$");
        var events = status.GetProperty("historyEvents").EnumerateArray().ToList();
        events.Select(e => e.GetProperty("EventType").GetString()).Should()
            .StartWith("ExecutionStarted").And.Contain(["TaskCompleted", "TimerCreated", "EventRaised"]).And.EndWith("ExecutionCompleted")
            .And.NotContain(["TaskScheduled", "OrchestratorStarted", "OrchestratorCompleted"]);
        var echo = events.Single(e => e.GetProperty("EventType").GetString() == "TaskCompleted");
        echo.GetProperty("FunctionName").GetString().Should().Be("TestEcho");
        echo.GetProperty("Result").GetString().Should().Be("đã nhận: chào");
        echo.GetProperty("Input").GetString().Should().Be("[\"chào\"]", "inputs are kept in the history (storeInputsInOrchestrationHistory), as DTFx's shim passes them");
        echo.TryGetProperty("ScheduledTime", out _).Should().BeTrue();
        echo.TryGetProperty("EventId", out _).Should().BeFalse();
        events[0].GetProperty("FunctionName").GetString().Should().Be(ConsoleOrchestrations.Waiting);
        events[^1].GetProperty("OrchestrationStatus").GetString().Should().Be("Completed");

        var withoutOutputs = await quiet.Content.ReadFromJsonAsync<JsonElement>();
        withoutOutputs.GetProperty("input").ValueKind.Should().Be(JsonValueKind.Null);
        withoutOutputs.GetProperty("historyEvents").EnumerateArray().Select(e => e.EnumerateObject().Select(p => p.Name)).Should()
            .OnlyContain(names => !names.Contains("Result") && !names.Contains("Input"));
        (await plain.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("historyEvents", out _).Should().BeFalse();
    }

    [Fact]
    public async Task A_running_instance_answers_202_with_where_and_when_to_ask_again()
    {
        var id = await app.StartAsync(ConsoleOrchestrations.Waiting, $"api-running-{Guid.NewGuid():N}");

        using var response = await app.Administrator.GetAsync($"{Root}/{id}");

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        response.Headers.Location!.OriginalString.Should().Be($"{Root}/{id}");
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(5));
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runtimeStatus").GetString().Should().Be("Running");
    }

    [Fact]
    public async Task The_list_pages_with_the_continuation_header_and_filters_by_prefix_status_and_creation_time()
    {
        var prefix = $"api-list-{Guid.NewGuid():N}-";
        var from = DateTimeOffset.UtcNow.AddSeconds(-5);
        var running = await Task.WhenAll(Enumerable.Range(1, 3).Select(n => app.StartAsync(ConsoleOrchestrations.Waiting, $"{prefix}w{n}")));
        var failed = await Task.WhenAll(Enumerable.Range(1, 2).Select(n => app.StartAsync(ConsoleOrchestrations.Failing, $"{prefix}f{n}")));
        foreach (var id in failed)
        {
            await app.UntilAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Failed, "failed");
        }

        var pages = new List<List<JsonElement>>();
        string? token = null;
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{Root}?instanceIdPrefix={prefix}&top=2&createdTimeFrom={from.UtcDateTime:O}");
            if (token is not null)
            {
                request.Headers.Add(ManagementEndpoints.ContinuationHeader, token);
            }

            using var response = await app.Administrator.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            token = response.Headers.GetValues(ManagementEndpoints.ContinuationHeader).Single();
            pages.Add(await response.Content.ReadFromJsonAsync<List<JsonElement>>() ?? []);
        }
        while (!string.IsNullOrEmpty(token) && pages.Count < 10);

        pages.Should().HaveCountGreaterThan(1).And.OnlyContain(page => page.Count <= 2);
        pages.SelectMany(p => p).Select(i => i.GetProperty("instanceId").GetString()).Should().BeEquivalentTo(running.Concat(failed));
        pages[0][0].GetProperty("input").GetString().Should().Be("đầu vào thử", "showInput is true unless asked otherwise");
        (await IdsAsync($"{Root}?instanceIdPrefix={prefix}&runtimeStatus=Failed")).Should().BeEquivalentTo(failed);
        (await IdsAsync($"{Root}?instanceIdPrefix={prefix}&runtimeStatus=Running,Failed")).Should().HaveCount(5);
        (await IdsAsync($"{Root}?instanceIdPrefix={prefix}&runtimeStatus=Running&runtimeStatus=Failed")).Should().HaveCount(5);
        (await IdsAsync($"{Root}?instanceIdPrefix={prefix}&createdTimeFrom={DateTime.UtcNow.AddHours(1):O}")).Should().BeEmpty();
        var withoutInput = await app.Administrator.GetFromJsonAsync<List<JsonElement>>($"{Root}?instanceIdPrefix={prefix}&showInput=false");
        withoutInput!.Should().OnlyContain(i => i.GetProperty("input").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Lists_without_prefix_page_through_key_windows_every_instance_once_whatever_its_id_with_status_and_time_filters()
    {
        // Ids in the first, middle and last key windows, and outside lowercase hex (upper case sorts between '9' and 'a').
        var run = Guid.NewGuid().ToString("N")[..12];
        var started = DateTimeOffset.UtcNow.AddSeconds(-2);
        var ours = await Task.WhenAll(new[] { "0", "7", "A", "c", "f", "~" }.Select(first => app.StartAsync(ConsoleOrchestrations.Waiting, $"{first}-windows-{run}")));
        var failed = await app.StartAsync(ConsoleOrchestrations.Failing, $"e-windows-{run}");
        await app.UntilAsync(failed, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Failed, "failed");

        var paged = await AllIdsAsync(app.Administrator, $"{Root}?top=4&showInput=false");
        var inOnePage = await AllIdsAsync(app.Administrator, $"{Root}?top=1000");
        var everyStatus = await AllIdsAsync(app.Administrator, $"{Root}?top=1000&runtimeStatus={string.Join(',', Enum.GetNames<OrchestrationRuntimeStatus>())}");
        var failedOnly = await AllIdsAsync(app.Administrator, $"{Root}?runtimeStatus=Failed&instanceIdPrefix=e-windows-{run}");
        var runningSince = await AllIdsAsync(app.Administrator, $"{Root}?top=3&runtimeStatus=Running,Suspended&createdTimeFrom={started.UtcDateTime:O}&showInput=false");
        var failedPaged = await AllIdsAsync(app.Administrator, $"{Root}?top=2&runtimeStatus=Failed");
        var finishedPaged = await AllIdsAsync(app.Administrator, $"{Root}?top=2&runtimeStatus=Failed,Completed");
        var engineFailed = await app.Engine.GetAllInstancesAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Failed] }).Select(i => i.InstanceId).ToListAsync();
        var engineFinished = await app.Engine.GetAllInstancesAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Completed] })
            .Select(i => i.InstanceId).ToListAsync();
        var engineRunningSince = await app.Engine.GetAllInstancesAsync(new OrchestrationQuery
        {
            Statuses = [OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended],
            CreatedFrom = started,
        }).Select(i => i.InstanceId).ToListAsync();
        var organizers = await AllIdsAsync(app.Organizer, Root);

        paged.Should().OnlyHaveUniqueItems().And.Contain(ours).And.Contain(failed);
        paged.Should().BeEquivalentTo(everyStatus, "the windows miss no instance the engine's query finds");
        inOnePage.Should().BeEquivalentTo(paged);
        paged.Should().BeInAscendingOrder(StringComparer.Ordinal, "windows are read in key order, as the engine's query reads the table");
        failedOnly.Should().Equal(failed);
        failedPaged.Should().OnlyHaveUniqueItems().And.Contain(failed).And.BeEquivalentTo(engineFailed);
        finishedPaged.Should().OnlyHaveUniqueItems().And.Contain(failed).And.BeEquivalentTo(engineFinished, "a status filter without a prefix goes through the windows too");
        runningSince.Should().OnlyHaveUniqueItems().And.Contain(ours).And.NotContain(failed).And.BeEquivalentTo(engineRunningSince);
        organizers.Should().NotContain(ours, "an organizer's list is his or her council's conferences' instances");
        var page = await app.Administrator.GetFromJsonAsync<List<JsonElement>>($"{Root}?top=1000");
        page!.Single(i => i.GetProperty("instanceId").GetString() == ours[0]).GetProperty("input").GetString().Should().Be("đầu vào thử");
    }

    [Theory]
    [InlineData("")]
    [InlineData("?runtimeStatus=Running")]
    public async Task A_continuation_token_of_another_list_or_garbled_is_refused(string query)
    {
        foreach (var token in new[] { "w:17", "w:3.%%%", "w:x", "c:0.0", "e:abc" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Root + query);
            request.Headers.Add(ManagementEndpoints.ContinuationHeader, token);

            using var response = await app.Administrator.SendAsync(request);

            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, token);
            (await response.Content.ReadAsStringAsync()).Should().Contain("continuationToken");
        }
    }

    [Theory]
    [InlineData("?runtimeStatus=Bogus", "runtimeStatus")]
    [InlineData("?top=0", "top")]
    [InlineData("?top=1001", "top")]
    [InlineData("?createdTimeFrom=hôm-qua", "createdTimeFrom")]
    [InlineData("?stage=Lunch", "stage")]
    public async Task A_list_with_a_wrong_parameter_is_refused_with_the_reason(string query, string field)
    {
        using var response = await app.Administrator.GetAsync(Root + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_continuation_token_that_was_not_handed_out_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Root}?council={ConsoleAppFixture.Council}");
        request.Headers.Add(ManagementEndpoints.ContinuationHeader, "c:trang-sau");

        using var response = await app.Administrator.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Mã tiếp tục không hợp lệ");
    }

    [Fact]
    public async Task An_event_must_be_json_and_reaches_the_instance()
    {
        var id = await app.StartAsync(ConsoleOrchestrations.Waiting, $"api-event-{Guid.NewGuid():N}");

        using var text = await app.Administrator.PostAsync($"{Root}/{id}/raiseEvent/ConferenceChange", new StringContent("xong", Encoding.UTF8, "text/plain"));
        using var broken = await app.Administrator.PostAsync($"{Root}/{id}/raiseEvent/ConferenceChange", JsonBody("{\"what\":"));
        using var sent = await app.Administrator.PostAsync($"{Root}/{id}/raiseEvent/ConferenceChange", JsonBody("{\"what\":\"đổi lịch\"}"));

        text.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        broken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await broken.Content.ReadAsStringAsync()).Should().Contain("JSON hợp lệ");
        sent.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await app.UntilAsync(id, i => i.IsCompleted, "completed")).ReadOutputAs<string>().Should().Be("đổi lịch");
        (await app.Administrator.PostAsync($"{Root}/{id}/raiseEvent/ConferenceChange", JsonBody("{\"what\":\"muộn\"}"))).StatusCode.Should().Be(HttpStatusCode.Gone);
    }

    [Fact]
    public async Task Rewind_completes_a_failed_instance_and_is_refused_when_retries_followed_the_failure()
    {
        var flaky = await app.StartAsync(ConsoleOrchestrations.Flaky, $"api-rewind-{Guid.NewGuid():N}");
        var retried = await app.StartAsync(ConsoleOrchestrations.Retrying, $"api-rewind-retried-{Guid.NewGuid():N}");
        await app.UntilAsync(flaky, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Failed, "failed");
        await app.UntilAsync(retried, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Failed, "failed");

        using var rewound = await app.Administrator.PostAsync($"{Root}/{flaky}/rewind?reason=đã sửa", null);
        using var refused = await app.Administrator.PostAsync($"{Root}/{retried}/rewind?reason=đã sửa", null);

        rewound.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await app.UntilAsync(flaky, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Completed, "completed after the rewind"))
            .ReadOutputAs<string>().Should().Be("đã nhận: đầu vào thử; lần hai thì được");
        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("chạy lại từ đầu");
        (await app.Engine.GetInstanceAsync(retried))!.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Failed);
    }

    [Fact]
    public async Task Restart_runs_a_failed_instance_again_from_its_input_under_its_own_id()
    {
        var id = await app.StartAsync(ConsoleOrchestrations.Flaky, $"api-restart-{Guid.NewGuid():N}", "lần đầu");
        var failed = await app.UntilAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Failed, "failed");

        using var newId = await app.Administrator.PostAsync($"{Root}/{id}/restart?restartWithNewInstanceId=true", null);
        using var restarted = await app.Administrator.PostAsync($"{Root}/{id}/restart", null);

        newId.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        restarted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var links = (await restarted.Content.ReadFromJsonAsync<ManagementLinks>(Json))!;
        links.Id.Should().Be(id);
        restarted.Headers.Location.Should().Be(links.StatusQueryGetUri);
        var again = await app.UntilAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Completed, "completed after the restart");
        again.ReadOutputAs<string>().Should().Be("đã nhận: lần đầu; lần hai thì được");
        again.CreatedAt.Should().BeAfter(failed.CreatedAt);
    }

    [Fact]
    public async Task Purging_removes_finished_instances_one_or_by_creation_window_and_never_running_ones()
    {
        var from = DateTimeOffset.UtcNow.AddSeconds(-1);
        var prefix = $"api-purge-{Guid.NewGuid():N}-";
        var one = await app.StartAsync(ConsoleOrchestrations.Failing, $"{prefix}one");
        var many = await Task.WhenAll(Enumerable.Range(1, 2).Select(n => app.StartAsync(ConsoleOrchestrations.Failing, $"{prefix}{n}")));
        var running = await app.StartAsync(ConsoleOrchestrations.Waiting, $"{prefix}running");
        foreach (var id in many.Append(one))
        {
            await app.UntilAsync(id, i => i.IsCompleted, "failed");
        }

        using var purged = await app.Administrator.DeleteAsync($"{Root}/{one}");
        using var notFinished = await app.Administrator.DeleteAsync($"{Root}?createdTimeFrom={from.UtcDateTime:O}&runtimeStatus=Running");
        using var noWindow = await app.Administrator.DeleteAsync($"{Root}?runtimeStatus=Failed");
        using var window = await app.Administrator.DeleteAsync($"{Root}?createdTimeFrom={from.UtcDateTime:O}&runtimeStatus=Failed");

        purged.StatusCode.Should().Be(HttpStatusCode.OK);
        (await purged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instancesDeleted").GetInt32().Should().Be(1);
        (await app.Administrator.GetAsync($"{Root}/{one}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        notFinished.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        noWindow.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        window.StatusCode.Should().Be(HttpStatusCode.OK);
        (await window.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instancesDeleted").GetInt32().Should().BeGreaterThanOrEqualTo(2);
        foreach (var id in many)
        {
            (await app.Engine.GetInstanceAsync(id)).Should().BeNull();
        }

        (await app.Engine.GetInstanceAsync(running)).Should().NotBeNull("a running instance is never purged");
    }

    [Fact]
    public async Task An_organizer_lists_his_councils_conferences_conclusions_and_amendments_and_nothing_else()
    {
        var ours = await app.ConferenceAsync(app.Organizer, ConsoleAppFixture.Council);
        var theirs = await app.ConferenceAsync(app.OtherOrganizer, ConsoleAppFixture.OtherCouncil);
        var conference = await app.StartAsync(ConsoleOrchestrations.Waiting, $"{ours}");
        var conclusion = await app.StartAsync(ConsoleOrchestrations.Waiting, $"{ours}:conclusion");
        var amendment = await app.StartAsync(ConsoleOrchestrations.Failing, $"{ours}:conclusion:2");
        var other = await app.StartAsync(ConsoleOrchestrations.Waiting, $"{theirs}");
        await app.Engine.TerminateInstanceAsync(conclusion, "đã đăng");
        await app.UntilAsync(conclusion, i => i.IsCompleted, "finished");
        // The conclusion was published, then amended in its second review round.
        var opened = ConclusionBuilders.Opened(new Domain.Councils.CouncilId(ConsoleAppFixture.Council), new Domain.Conferences.ConferenceId(ours));
        await app.Factory.Services.GetRequiredService<ConclusionStore>().OpenAsync(opened with { Conclusion = opened.Conclusion with { Rounds = 2 } }, CancellationToken.None);

        var organizerSees = await AllIdsAsync(app.Organizer, Root);
        var administratorSees = await AllIdsAsync(app.Administrator, $"{Root}?council={ConsoleAppFixture.Council}");
        var inviting = await AllIdsAsync(app.Organizer, $"{Root}?stage=Inviting&runtimeStatus=Running");

        organizerSees.Should().Contain([conference, conclusion, amendment]).And.NotContain(other);
        organizerSees.IndexOf(conclusion).Should().Be(organizerSees.IndexOf(conference) + 1, "a conference's instances are listed together");
        administratorSees.Should().Contain([conference, conclusion, amendment]).And.NotContain(other);
        inviting.Should().Contain(conference).And.NotContain([conclusion, amendment, other]);
        (await AllIdsAsync(app.OtherOrganizer, Root)).Should().Contain(other).And.NotContain([conference, conclusion, amendment]);
    }

    [Fact]
    public async Task An_organizer_finds_his_councils_failed_instances_and_no_others()
    {
        var ours = await app.StartAsync(ConsoleOrchestrations.Failing, $"{await app.ConferenceAsync(app.Organizer, ConsoleAppFixture.Council)}");
        var ourRunning = await app.StartAsync(ConsoleOrchestrations.Waiting, $"{await app.ConferenceAsync(app.Organizer, ConsoleAppFixture.Council)}");
        var theirs = await app.StartAsync(ConsoleOrchestrations.Failing, $"{await app.ConferenceAsync(app.OtherOrganizer, ConsoleAppFixture.OtherCouncil)}");
        await app.UntilAsync(ours, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Failed, "failed");
        await app.UntilAsync(theirs, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Failed, "failed");

        var failed = await AllIdsAsync(app.Organizer, $"{Root}?runtimeStatus=Failed");
        var administratorsView = await AllIdsAsync(app.Administrator, $"{Root}?runtimeStatus=Failed,Suspended&council={ConsoleAppFixture.OtherCouncil}");

        failed.Should().Contain(ours).And.NotContain([theirs, ourRunning]);
        administratorsView.Should().Contain(theirs).And.NotContain(ours);
    }

    [Fact]
    public void Under_the_Functions_host_the_links_point_where_the_host_forwards_requests()
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "https";
        request.Host = new HostString("hdnd.azurewebsites.net");

        var forwarded = new InstanceLinks(forwarded: true).For(request, "7d11807c-5f46-424c-9bfb-227121435530:conclusion");
        var direct = new InstanceLinks(forwarded: false).For(request, "7d11807c-5f46-424c-9bfb-227121435530");

        forwarded.StatusQueryGetUri.ToString().Should().Be("https://hdnd.azurewebsites.net/api/instances/7d11807c-5f46-424c-9bfb-227121435530%3Aconclusion");
        forwarded.TerminatePostUri.ToString().Should().Be("https://hdnd.azurewebsites.net/api/instances/7d11807c-5f46-424c-9bfb-227121435530%3Aconclusion/terminate?reason={text}");
        direct.SendEventPostUri.ToString().Should().Be("https://hdnd.azurewebsites.net/runtime/webhooks/durabletask/instances/7d11807c-5f46-424c-9bfb-227121435530/raiseEvent/{eventName}");
        direct.RewindPostUri.ToString().Should().EndWith("/rewind?reason={text}");
        direct.RestartPostUri.ToString().Should().EndWith("/restart");
    }

    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<List<string>> IdsAsync(string url) =>
        [.. (await app.Administrator.GetFromJsonAsync<List<JsonElement>>(url))!.Select(i => i.GetProperty("instanceId").GetString()!)];

    // Every page, following the continuation header.
    private static async Task<List<string>> AllIdsAsync(HttpClient client, string url)
    {
        var ids = new List<string>();
        string? token = null;
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (token is not null)
            {
                request.Headers.Add(ManagementEndpoints.ContinuationHeader, token);
            }

            using var response = await client.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            ids.AddRange((await response.Content.ReadFromJsonAsync<List<JsonElement>>())!.Select(i => i.GetProperty("instanceId").GetString()!));
            token = response.Headers.GetValues(ManagementEndpoints.ContinuationHeader).Single();
        }
        while (!string.IsNullOrEmpty(token));

        return ids;
    }
}
