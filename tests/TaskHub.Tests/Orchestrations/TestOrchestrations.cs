using HdndWorkflow.TaskHub.Hosting;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.TaskHub.Tests.Orchestrations;

/// <summary>Small orchestrators and activities, each exercising one engine feature through the glue.</summary>
public static class TestOrchestrations
{
    public const string Chain = nameof(Chain);
    public const string FanOutFanIn = nameof(FanOutFanIn);
    public const string Parent = nameof(Parent);
    public const string DurableTimer = nameof(DurableTimer);
    public const string Waiter = nameof(Waiter);
    public const string TwoEvents = nameof(TwoEvents);
    public const string Race = nameof(Race);
    public const string Failing = nameof(Failing);
    public const string Retrying = nameof(Retrying);
    public const string Flaky = nameof(Flaky);
    public const string FlakyParent = nameof(FlakyParent);

    /// <summary>The event <see cref="Waiter"/> waits for, and <see cref="Race"/> races against its timer.</summary>
    public const string Answer = nameof(Answer);

    /// <summary>The custom status <see cref="Waiter"/> shows while it waits.</summary>
    public const string Waiting = "Đang chờ trả lời";

    /// <summary>What <see cref="Race"/> returns when its timer fires first.</summary>
    public const string TimedOut = "timed out";

    /// <summary>The message the failing activity throws with.</summary>
    public const string FailureMessage = "Không hợp lệ";

    private const string Append = nameof(Append);
    private const string Square = nameof(Square);
    private const string Fail = nameof(Fail);

    /// <summary>Adds the test orchestrations, and what their activities need, to a host with the engine.</summary>
    public static IServiceCollection AddTestOrchestrations(this IServiceCollection services) =>
        services.AddSingleton<AttemptCounter>().ConfigureDurableTask(Register);

    private static void Register(DurableTaskRegistry registry)
    {
        registry.AddActivityFunc<string[], string>(Append, (_, parts) => string.Concat(parts));
        registry.AddActivityFunc<int, int>(Square, (_, n) => n * n);
        registry.AddActivityFunc(Fail, new Func<TaskActivityContext, string, string>((_, _) => throw new InvalidOperationException(FailureMessage)));
        registry.AddActivity<FlakyActivity>();

        registry.AddOrchestratorFunc<string, string>(Chain, async (context, text) =>
        {
            foreach (var word in new[] { " một", " hai", " ba" })
            {
                text = await context.CallActivityAsync<string>(Append, new[] { text, word });
            }

            return text;
        });
        registry.AddOrchestratorFunc<int, int>(FanOutFanIn, async (context, count) =>
            (await Task.WhenAll(Enumerable.Range(1, count).Select(n => context.CallActivityAsync<int>(Square, n)))).Sum());
        registry.AddOrchestratorFunc<string, string>(Parent, (context, text) =>
            context.CallSubOrchestratorAsync<string>(Chain, text, new TaskOptions().WithInstanceId(ChildId(context.InstanceId))));
        registry.AddOrchestratorFunc<int, double>(DurableTimer, async (context, seconds) =>
        {
            var start = context.CurrentUtcDateTime;
            await context.CreateTimer(start.AddSeconds(seconds), CancellationToken.None);
            return (context.CurrentUtcDateTime - start).TotalSeconds;
        });
        registry.AddOrchestratorFunc<string, string>(Waiter, async (context, _) =>
        {
            context.SetCustomStatus(Waiting);
            return await context.WaitForExternalEvent<string>(Answer);
        });
        registry.AddOrchestratorFunc<string, string>(TwoEvents, async (context, _) =>
        {
            var first = await context.WaitForExternalEvent<string>("First");
            var second = await context.WaitForExternalEvent<string>("Second");
            return $"{first} {second}";
        });
        registry.AddOrchestratorFunc<int, string>(Race, async (context, seconds) =>
        {
            using var cancelTimer = new CancellationTokenSource();
            var answer = context.WaitForExternalEvent<string>(Answer);
            var timer = context.CreateTimer(context.CurrentUtcDateTime.AddSeconds(seconds), cancelTimer.Token);
            if (await Task.WhenAny(answer, timer) == answer)
            {
                // Cancel, not CancelAsync: the timer's cancellation must run on the orchestration's own thread.
                cancelTimer.Cancel();
                return await answer;
            }

            return TimedOut;
        });
        registry.AddOrchestratorFunc<bool, FailureSeen>(Failing, async (context, handle) =>
        {
            try
            {
                await context.CallActivityAsync<string>(Fail, "input");
                return new FailureSeen("none", "none", CausedByInvalidOperation: false);
            }
            catch (TaskFailedException e) when (handle)
            {
                return new FailureSeen(e.FailureDetails.ErrorType, e.FailureDetails.ErrorMessage, e.FailureDetails.IsCausedBy<InvalidOperationException>());
            }
        });
        registry.AddOrchestratorFunc<int, int>(Retrying, (context, failures) =>
            context.CallActivityAsync<int>(
                nameof(FlakyActivity),
                new FlakyActivity.Input(context.InstanceId, failures),
                TaskOptions.FromRetryPolicy(new RetryPolicy(maxNumberOfAttempts: 3, firstRetryInterval: TimeSpan.FromSeconds(1)))));
        registry.AddOrchestratorFunc<int, string>(Flaky, async (context, failures) =>
        {
            var first = await context.CallActivityAsync<string>(Append, new[] { "một", " hai" });
            var attempt = await context.CallActivityAsync<int>(nameof(FlakyActivity), new FlakyActivity.Input(context.InstanceId, failures));
            return $"{first}: lần {attempt}";
        });
        registry.AddOrchestratorFunc<int, string>(FlakyParent, async (context, failures) =>
            "con: " + await context.CallSubOrchestratorAsync<string>(Flaky, failures, new TaskOptions().WithInstanceId(ChildId(context.InstanceId))));
    }

    /// <summary>The instance id <see cref="Parent"/> gives its sub-orchestration.</summary>
    public static string ChildId(string parentId) => $"{parentId}-child";

    /// <summary>What <see cref="Failing"/> saw of its activity's failure.</summary>
    public sealed record FailureSeen(string ErrorType, string ErrorMessage, bool CausedByInvalidOperation);
}
