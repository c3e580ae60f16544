namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>Storage requests of one phase or window.</summary>
internal sealed record PhaseRequests(
    long Requests,
    long Activities,
    double OpsPerActivity,
    double OpsPerActivityExcludingStatusReads,
    IReadOnlyDictionary<string, long> ByOrigin,
    IReadOnlyDictionary<string, long> ByKind,
    IReadOnlyDictionary<string, double> MeanMsByKind)
{
    public static PhaseRequests From(RequestSnapshot requests, long activities) => new(
        requests.Total,
        activities,
        Ratio(requests.Total, activities),
        Ratio(requests.Total - requests.TotalOf(RequestOrigin.Status), activities),
        requests.ByOrigin(),
        requests.ByKind(),
        requests.MeanMillisecondsByKind());

    public static double Ratio(long requests, long activities) => activities == 0 ? 0 : Math.Round((double)requests / activities, 3);
}

internal sealed record StorageReport(
    string Counting,
    long ActivitiesExecuted,
    long Requests,
    double OpsPerActivity,
    double OpsPerActivityExcludingStatusReads,
    double OpsPerActivityWorkerOnly,
    long WaitForCompletionReadsEstimate,
    double OpsPerActivityIfWaitingWithWaitForInstanceCompletion,
    long Retries,
    IReadOnlyDictionary<string, long> ByOrigin,
    IReadOnlyDictionary<string, long> ByKind,
    IReadOnlyDictionary<string, long> Failures,
    IReadOnlyDictionary<string, double> LongestMsByKind,
    PhaseRequests Hello,
    PhaseRequests FanOut,
    PhaseRequests WholeRunWithWarmUpAndStartUp,
    long CommitConflicts)
{
    private const string CountingNote =
        "every attempt of every request of the engine's Table/Queue clients (per-retry pipeline policy) from the first " +
        "hello schedule to the end of phase 3: worker polls (idle included), loads, commits, Instances writes, message deletes, " +
        "the benchmark's schedule calls, and its status reads (it sees completion through the worker's log event, then reads the " +
        "Instances table once per phase for the timestamps; no per-instance polling); divided by activities counted in the activities. " +
        "The 'if waiting with WaitForInstanceCompletion' figure swaps those status reads for the reads that client method " +
        "(50 ms x 1.5 backoff up to 1 s) would have made per instance given the measured latencies: an estimate, not a measurement";

    public static StorageReport Create(
        RequestSnapshot measured, long activities,
        RequestSnapshot helloRequests, long helloActivities,
        RequestSnapshot fanOutRequests, long fanOutActivities,
        RequestSnapshot wholeRun, long wholeRunActivities,
        long waitForCompletionReads, IReadOnlyDictionary<string, double> longest, long commitConflicts)
    {
        var statusReads = measured.TotalOf(RequestOrigin.Status);
        return new StorageReport(
            CountingNote,
            activities,
            measured.Total,
            PhaseRequests.Ratio(measured.Total, activities),
            PhaseRequests.Ratio(measured.Total - statusReads, activities),
            PhaseRequests.Ratio(measured.TotalOf(RequestOrigin.Worker), activities),
            waitForCompletionReads,
            PhaseRequests.Ratio(measured.Total - statusReads + waitForCompletionReads, activities),
            measured.Total - measured.Calls,
            measured.ByOrigin(),
            measured.ByKind(),
            measured.FailuresByKind(),
            longest,
            PhaseRequests.From(helloRequests, helloActivities),
            PhaseRequests.From(fanOutRequests, fanOutActivities),
            PhaseRequests.From(wholeRun, wholeRunActivities),
            commitConflicts);
    }
}
