using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.DurableTask.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class OrchestrationTests(AzuriteFixture azurite)
{
    private static void Register(DurableTaskRegistry r) => r
        .AddOrchestrator<HelloSequence>().AddOrchestrator<FanOutFanIn>().AddOrchestrator<RetryingCaller>()
        .AddOrchestrator<Parent>().AddOrchestrator<ThrowingOrchestrator>().AddOrchestrator<Counter>()
        .AddOrchestrator<GuidsAndTime>().AddOrchestrator<Oversize>()
        .AddActivity<SayHello>().AddActivity<BigOutput>().AddActivity<Square>().AddActivity<Flaky>();

    private Task<TestHub> StartAsync() =>
        TestHub.StartAsync(azurite, Register, services: s => s.AddSingleton(new AttemptLog()));

    [Fact]
    public async Task Hello_sequence_runs_activities_in_order_and_completes()
    {
        await using var hub = await StartAsync();

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(HelloSequence), new[] { "Hà Nội", "Huế", "Cần Thơ" });
        var result = await hub.CompletionAsync(id);

        result.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed);
        result.ReadOutputAs<List<string>>().Should().Equal("Xin chào Hà Nội", "Xin chào Huế", "Xin chào Cần Thơ");
        result.ReadInputAs<string[]>().Should().Equal("Hà Nội", "Huế", "Cần Thơ");
        result.Name.Should().Be(nameof(HelloSequence));
    }

    [Fact]
    public async Task A_worker_backed_off_between_polls_takes_up_at_once_what_it_sends_itself()
    {
        // Ten minutes between polls: only the worker's own signal can make it see the start and the activities' results
        // within the test's 30 s.
        await using var hub = await TestHub.StartAsync(
            azurite,
            Register,
            options => options.MinQueuePollingInterval = options.MaxQueuePollingInterval = TimeSpan.FromMinutes(10),
            services: s => s.AddSingleton(new AttemptLog()));

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(HelloSequence), new[] { "Đà Lạt", "Vinh" });
        var result = await hub.CompletionAsync(id);

        result.ReadOutputAs<List<string>>().Should().Equal("Xin chào Đà Lạt", "Xin chào Vinh");
    }

    [Fact]
    public async Task Fan_out_fan_in_of_200_activities_sums_every_result_once()
    {
        await using var hub = await StartAsync();

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOutFanIn), 200);
        var result = await hub.CompletionAsync(id);

        result.ReadOutputAs<long>().Should().Be(Enumerable.Range(1, 200).Sum(i => (long)i * i));
    }

    [Fact]
    public async Task A_failing_activity_is_retried_by_its_policy_then_succeeds()
    {
        await using var hub = await StartAsync();

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(RetryingCaller), 3);
        var result = await hub.CompletionAsync(id);

        result.ReadOutputAs<string>().Should().Be("ok after 3");
        hub.Services.GetRequiredService<AttemptLog>().Count(nameof(Flaky)).Should().Be(3);
    }

    [Fact]
    public async Task When_retries_run_out_the_orchestrator_catches_TaskFailedException()
    {
        await using var hub = await StartAsync();

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(RetryingCaller), 10);
        var result = await hub.CompletionAsync(id);

        result.ReadOutputAs<string>().Should().Be("failed: Lần thử 3 thất bại");
    }

    [Fact]
    public async Task A_sub_orchestration_returns_its_output_to_the_parent()
    {
        await using var hub = await StartAsync();

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Parent), "Đà Nẵng");
        var result = await hub.CompletionAsync(id);

        result.ReadOutputAs<string>().Should().Be("Xin chào Đà Nẵng | Xin chào Đà Nẵng2");
    }

    [Fact]
    public async Task An_orchestrator_that_throws_fails_with_its_exception_details()
    {
        await using var hub = await StartAsync();

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ThrowingOrchestrator), "x");
        var result = await hub.CompletionAsync(id);

        result.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Failed);
        result.FailureDetails!.ErrorType.Should().Be(typeof(InvalidOperationException).FullName);
        result.FailureDetails.ErrorMessage.Should().Be("Không hợp lệ: x");
    }

    [Fact]
    public async Task An_unknown_orchestrator_name_fails_the_instance_clearly()
    {
        await using var hub = await StartAsync();

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("NoSuchOrchestrator");
        var result = await hub.CompletionAsync(id);

        result.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Failed);
        result.FailureDetails!.ErrorMessage.Should().Contain("No orchestrator named 'NoSuchOrchestrator'");
    }

    [Fact]
    public async Task Continue_as_new_restarts_with_new_input_and_a_fresh_history()
    {
        await using var hub = await StartAsync();

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Counter), 0);
        var result = await hub.CompletionAsync(id);
        var withHistory = await hub.Client.GetInstanceAsync(id, includeHistory: true);

        result.ReadOutputAs<int>().Should().Be(3);
        withHistory!.History!.OfType<History.ExecutionStarted>().Should().ContainSingle().Which.Input.Should().Be("3");
    }

    [Fact]
    public async Task Guids_and_time_are_the_same_on_replay()
    {
        await using var hub = await TestHub.StartAsync(azurite, Register, o => o.ExtendedSessionsCacheSize = 0);

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(GuidsAndTime));
        var output = (await hub.CompletionAsync(id)).ReadOutputAs<string>()!.Split('|');

        output[0].Should().NotBe(output[1]);
        Guid.Parse(output[0]).Should().NotBeEmpty();
        DateTime.Parse(output[2], System.Globalization.CultureInfo.InvariantCulture).Should().BeCloseTo(DateTime.UtcNow, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Oversize_activity_inputs_are_refused_in_the_orchestrator_and_oversize_outputs_fail_the_call()
    {
        await using var hub = await StartAsync();

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Oversize));
        var parts = (await hub.CompletionAsync(id)).ReadOutputAs<string>()!.Split('|');

        parts[0].Should().StartWith("The input of activity 'SayHello' is 50,002 bytes of JSON; the most is 45,000.");
        parts[1].Should().StartWith("The output of activity 'BigOutput' is 50,002 bytes of JSON");
    }

    [Fact]
    public async Task The_replay_safe_logger_writes_only_when_not_replaying()
    {
        await using var hub = await TestHub.StartAsync(azurite, r => r.AddOrchestrator<LoggingOrchestrator>().AddActivity<SayHello>(),
            o => o.ExtendedSessionsCacheSize = 0, s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(LoggingOrchestrator.Sink));

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(LoggingOrchestrator));
        await hub.CompletionAsync(id);

        LoggingOrchestrator.Sink.Lines.Where(l => l.Contains(id, StringComparison.Ordinal)).Should().Equal($"before {id}", $"after {id}");
    }
}
