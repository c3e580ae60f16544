using System.Globalization;
using System.Net;
using HdndWorkflow.DurableTask;
using HdndWorkflow.DurableTask.Hosting;
using HdndWorkflow.Functions.Hosting;
using HdndWorkflow.Functions.Workflow;
using HdndWorkflow.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Tests;

/// <summary>
/// The engine inside the app, on Azurite, in both modes: self-hosted (its dispatchers poll the control queues) and under
/// the Functions host, which these tests play: they receive each control message and post it to /DurableControl{nn}.
/// Each test has a task hub of its own.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class WorkflowEngineTests(AppFixture app)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Engine_settings_come_from_host_json_and_configuration_overrides_them()
    {
        var hub = NewHubName();
        await using var factory = Factory(hub, underFunctionsHost: false);

        var options = factory.Services.GetRequiredService<IOptions<DurableTaskOptions>>().Value;

        var fromHostJson = FunctionDefinitions.HostJson().GetProperty("extensions").GetProperty("durableTask");
        options.HubName.Should().Be(hub, "configuration above host.json overrides it");
        options.PartitionCount.Should().Be(fromHostJson.GetProperty("partitionCount").GetInt32());
        options.MaxDequeueCount.Should().Be(fromHostJson.GetProperty("maxDequeueCount").GetInt32());
        options.MaxConcurrentActivityFunctions.Should().Be(fromHostJson.GetProperty("maxConcurrentActivityFunctions").GetInt32());
        options.MaxConcurrentOrchestratorFunctions.Should().Be(fromHostJson.GetProperty("maxConcurrentOrchestratorFunctions").GetInt32());
        options.ControlQueueVisibilityTimeout.Should().Be(
            TimeSpan.Parse(fromHostJson.GetProperty("controlQueueVisibilityTimeout").GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Self_hosted_the_dispatchers_run_an_orchestration_and_its_activity_to_completion()
    {
        await using var factory = Factory(NewHubName(), underFunctionsHost: false);
        var client = factory.Services.GetRequiredService<DurableTaskClient>();

        var instanceId = await client.ScheduleNewOrchestrationInstanceAsync(nameof(Ping), "Hà Nội");

        using var timeout = new CancellationTokenSource(Deadline);
        var instance = await client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, timeout.Token);
        instance.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed, instance.FailureDetails?.ErrorMessage);
        instance.ReadOutputAs<string>().Should().Be("pong: Hà Nội");
        factory.Services.GetServices<IHostedService>().OfType<TaskHubDispatcher>().Should().ContainSingle();
    }

    [Fact]
    public async Task Self_hosted_messages_already_waiting_at_start_up_find_the_orchestrations_registered_by_tests()
    {
        // Scheduled while no dispatcher runs: the start message waits in its control queue for the next app to start.
        var hub = NewHubName();
        string instanceId;
        await using (var scheduler = Factory(hub, underFunctionsHost: true))
        {
            instanceId = await scheduler.Services.GetRequiredService<DurableTaskClient>().ScheduleNewOrchestrationInstanceAsync(nameof(Ping), "Huế");
        }

        await using var factory = Factory(hub, underFunctionsHost: false);
        var client = factory.Services.GetRequiredService<DurableTaskClient>();

        using var timeout = new CancellationTokenSource(Deadline);
        var instance = await client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, timeout.Token);
        instance.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed, "the registrations apply before the dispatchers start");
        instance.ReadOutputAs<string>().Should().Be("pong: Huế");
    }

    [Fact]
    public async Task Self_hosted_nobody_can_post_control_messages_over_http()
    {
        await using var factory = Factory(NewHubName(), underFunctionsHost: false);
        using var http = factory.CreateClient();

        using var response = await http.PostAsync(
            new Uri("/DurableControl00", UriKind.Relative), ControlQueueInvocation.For("DurableControl00", "message", "{}", 1));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Under_the_Functions_host_the_control_queue_invocations_run_an_orchestration_to_completion()
    {
        var hub = NewHubName();
        await using var factory = Factory(hub, underFunctionsHost: true);
        using var http = factory.CreateClient();
        factory.Services.GetServices<IHostedService>().OfType<TaskHubDispatcher>().Should().BeEmpty("the Functions host delivers the messages");
        var client = factory.Services.GetRequiredService<DurableTaskClient>();
        var queues = ControlQueueFunctions(hub);

        var instanceId = await client.ScheduleNewOrchestrationInstanceAsync(nameof(Ping), "Đà Nẵng");

        var invocations = 0;
        var deadline = DateTime.UtcNow + Deadline;
        while (await client.GetInstanceAsync(instanceId) is not { IsCompleted: true })
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Instance {instanceId} did not complete within {Deadline.TotalSeconds:0} s ({invocations} invocations).");
            }

            var delivered = false;
            foreach (var (function, queue) in queues)
            {
                foreach (var message in await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5)))
                {
                    // As the host does: post the invocation, and delete the message once the handler answers 2xx.
                    using var response = await http.PostAsync(
                        new Uri($"/{function.Function}", UriKind.Relative), ControlQueueInvocation.For(function.Function, function.Name, message));
                    response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
                    await ControlQueueInvocation.ShouldBeCustomHandlerResponseAsync(response);
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                    (invocations, delivered) = (invocations + 1, true);
                }
            }

            if (!delivered)
            {
                await Task.Delay(50);
            }
        }

        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
        instance!.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed, instance.FailureDetails?.ErrorMessage);
        instance.ReadOutputAs<string>().Should().Be("pong: Đà Nẵng");
        invocations.Should().BePositive();
    }

    [Fact]
    public async Task Under_the_Functions_host_an_unreadable_message_fails_before_its_last_delivery_so_the_host_retries_it()
    {
        var hub = NewHubName();
        await using var factory = Factory(hub, underFunctionsHost: true);
        using var http = factory.CreateClient();
        var maxDequeueCount = factory.Services.GetRequiredService<IOptions<DurableTaskOptions>>().Value.MaxDequeueCount;

        using var response = await http.PostAsync(
            new Uri("/DurableControl01", UriKind.Relative),
            ControlQueueInvocation.For("DurableControl01", "message", "not a control message", maxDequeueCount - 1));

        response.IsSuccessStatusCode.Should().BeFalse("a non-2xx answer leaves the message in its queue for another delivery");
        (await Queues().GetQueueClient(PoisonQueueName(hub)).GetApproximateMessageCountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Under_the_Functions_host_an_unreadable_message_on_its_last_delivery_is_parked_in_the_poison_queue_and_acknowledged()
    {
        var hub = NewHubName();
        await using var factory = Factory(hub, underFunctionsHost: true);
        using var http = factory.CreateClient();
        var maxDequeueCount = factory.Services.GetRequiredService<IOptions<DurableTaskOptions>>().Value.MaxDequeueCount;

        using var response = await http.PostAsync(
            new Uri("/DurableControl01", UriKind.Relative),
            ControlQueueInvocation.For("DurableControl01", "message", "not a control message", maxDequeueCount));

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the host then deletes the message instead of retrying it");
        await ControlQueueInvocation.ShouldBeCustomHandlerResponseAsync(response);
        var parked = await Queues().GetQueueClient(PoisonQueueName(hub)).ReceiveMessagesAsync(32);
        parked.Select(m => m.Body.ToString()).Should().Equal("not a control message");
    }

    private AppFactory Factory(string hubName, bool underFunctionsHost)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = app.Azurite.ConnectionString,
            [$"{DurableTaskOptions.Section}:hubName"] = hubName,
            // Tests poll an idle queue more often than host.json's 5 s.
            [$"{DurableTaskOptions.Section}:maxQueuePollingInterval"] = "00:00:00.200",
        };
        if (underFunctionsHost)
        {
            // The TestServer ignores the port; the setting only tells the app that the Functions host runs it.
            settings[CustomHandlerHosting.PortSetting] = "7071";
        }

        return new AppFactory(settings, services => services.ConfigureDurableTask(registry => registry.AddOrchestrator<Ping>().AddActivity<Pong>()));
    }

    /// <summary>Each control-queue function of the package, with the queue it would read in this test's task hub.</summary>
    private List<(FunctionBinding Function, QueueClient Queue)> ControlQueueFunctions(string hubName) =>
        [.. FunctionDefinitions.QueueTriggers().Select(function => (
            function,
            Queues().GetQueueClient($"{hubName.ToLowerInvariant()}-control-{function.Json.GetProperty("queueName").GetString()![^2..]}")))];

    private QueueServiceClient Queues() => new(app.Azurite.Account);

    private static string PoisonQueueName(string hubName) => $"{hubName.ToLowerInvariant()}-poison";

    private static string NewHubName() => "T" + Guid.NewGuid().ToString("N")[..12];
}
