using System.Collections.Concurrent;
using HdndWorkflow.Functions.Conferences.Workflow;
using Microsoft.DurableTask;

namespace HdndWorkflow.Functions.Tests.Management;

/// <summary>
/// Orchestrations the management tests start themselves, under ids they choose (a conference's id, so the instance
/// belongs to that conference's council): quick to set up in every state the console shows, with none of the real
/// workflows' mail.
/// </summary>
public static class ConsoleOrchestrations
{
    /// <summary>Shows the stage "Inviting" and waits for a conference change (or a timer a day away).</summary>
    public const string Waiting = "TestWaiting";

    /// <summary>Fails in its second step, with the exception's stack in its history.</summary>
    public const string Failing = "TestFailing";

    /// <summary>Its second step fails the first time and succeeds after, with no retry policy: rewinding completes it.</summary>
    public const string Flaky = "TestFlaky";

    /// <summary>Its step keeps failing under a retry policy: the provider's rewind cannot replay it.</summary>
    public const string Retrying = "TestRetrying";

    public const string FailureMessage = "Hỏng có chủ đích để kiểm thử";

    private static readonly ConcurrentDictionary<string, int> Attempts = new();

    public static void Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddActivityFunc<string, string>("TestEcho", (_, text) => $"đã nhận: {text}");
        registry.AddActivityFunc("TestBoom", new Func<TaskActivityContext, string, string>((_, _) => throw new InvalidOperationException(FailureMessage)));
        registry.AddActivityFunc<string, string>("TestFlakyStep", (_, key) =>
            Attempts.AddOrUpdate(key, 1, (_, n) => n + 1) == 1 ? throw new InvalidOperationException(FailureMessage) : "lần hai thì được");

        registry.AddOrchestratorFunc<string, string>(Waiting, async (context, input) =>
        {
            var due = context.CurrentUtcDateTime.AddDays(1);
            context.SetCustomStatus(new ConferenceProgress("Inviting", 0, "reminder-72h", due));
            await context.CallActivityAsync<string>("TestEcho", input);
            using var cancel = new CancellationTokenSource();
            var change = context.WaitForExternalEvent<ConferenceChange>(ConferenceChange.EventName);
            var timer = context.CreateTimer(due, cancel.Token);
            if (await Task.WhenAny(change, timer) == change)
            {
                cancel.Cancel();
                return (await change).What;
            }

            return "hết giờ";
        });
        registry.AddOrchestratorFunc<string, string>(Failing, async (context, input) =>
        {
            await context.CallActivityAsync<string>("TestEcho", input);
            return await context.CallActivityAsync<string>("TestBoom", input);
        });
        registry.AddOrchestratorFunc<string, string>(Flaky, async (context, input) =>
        {
            var first = await context.CallActivityAsync<string>("TestEcho", input);
            return first + "; " + await context.CallActivityAsync<string>("TestFlakyStep", context.InstanceId);
        });
        registry.AddOrchestratorFunc<string, string>(Retrying, (context, input) =>
            context.CallActivityAsync<string>("TestBoom", input, TaskOptions.FromRetryPolicy(new RetryPolicy(2, TimeSpan.FromSeconds(1)))));
    }
}
