using System.Diagnostics;
using System.Net;

namespace HdndWorkflow.Conferences.Benchmarks;

/// <summary>Posts every planned answer, <c>concurrency</c> at a time, timing each request.</summary>
internal static class AnswerPhase
{
    public static async Task<AnswerRun> RunAsync(ConferenceApi api, IReadOnlyList<PlannedAnswer> answers, int concurrency, CancellationToken cancellationToken)
    {
        var outcomes = new AnswerOutcome[answers.Count];
        var next = -1;
        var clock = Stopwatch.StartNew();

        async Task Worker()
        {
            for (var i = Interlocked.Increment(ref next); i < answers.Count; i = Interlocked.Increment(ref next))
            {
                var start = Stopwatch.GetTimestamp();
                HttpStatusCode status;
                try
                {
                    status = await api.AnswerAsync(answers[i].Link.Token, answers[i].Answer, cancellationToken);
                }
                catch (HttpRequestException)
                {
                    status = 0;
                }

                outcomes[i] = new AnswerOutcome(answers[i], status, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, concurrency)).Select(_ => Task.Run(Worker, cancellationToken)));
        return new AnswerRun(outcomes, clock.Elapsed.TotalSeconds);
    }
}

/// <summary>What became of one answer: the status code (0 when no response came) and how long it took.</summary>
internal sealed record AnswerOutcome(PlannedAnswer Planned, HttpStatusCode Status, double Milliseconds)
{
    public bool Succeeded => Status == HttpStatusCode.OK;
}

internal sealed record AnswerRun(IReadOnlyList<AnswerOutcome> Outcomes, double Seconds);
