using System.Collections.Concurrent;
using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;
using HdndWorkflow.Storage;

namespace HdndWorkflow.Testing;

/// <summary>
/// Faults in the storage clients' pipeline, as a flaky network or an overloaded service causes them: a request that
/// never reached storage (<see cref="StorageFaultKind.NotSent"/>), or one storage carried out whose answer was lost on
/// the way back (<see cref="StorageFaultKind.AnswerLost"/>). Both end the try with an <see cref="IOException"/>, which
/// the Azure SDK's retry policy retries: after a lost answer the retry repeats a write that was already made, which is
/// what non-idempotent writes (inserts, If-Match updates, transactions, queue messages) must survive. Registered in the
/// app's service container (<see cref="AsPipelinePolicy"/>), it sits in every storage client's pipeline, the workflow
/// engine's included, inside the retries, so each try meets it. Either at a random rate (<see cref="AtRate"/>) or
/// scripted (<see cref="Scripted"/>: the first n requests a rule matches).
/// </summary>
public sealed class StorageFaults : HttpPipelinePolicy
{
    /// <summary>The rate of faults per try, 0 to 1 (0.01 is 1%): unset, the workflow tests run without faults.</summary>
    public const string RateVariable = "HDND_STORAGE_FAULT_RATE";

    /// <summary>The random generator's seed (default 11), so a run can be repeated.</summary>
    public const string SeedVariable = "HDND_STORAGE_FAULT_SEED";

    /// <summary>A file to which each app's figures are appended, one JSON line each, when the app stops.</summary>
    public const string ReportVariable = "HDND_STORAGE_FAULT_REPORT";

    private readonly double _rate;
    private readonly Random? _random;
    private readonly List<ArmedRule> _rules;
    private readonly ConcurrentDictionary<string, long> _byTarget = new(StringComparer.Ordinal);
    private long _tries;
    private long _notSent;
    private long _answersLost;

    private StorageFaults(double rate, int? seed, IEnumerable<StorageFaultRule> rules)
    {
        _rate = rate;
        Seed = seed;
        _random = seed is { } s ? new Random(s) : null;
        _rules = [.. rules.Select(r => new ArmedRule(r))];
    }

    /// <summary>The seed of the random faults; null for scripted ones.</summary>
    public int? Seed { get; }

    /// <summary>The tries that passed through (faulted or not).</summary>
    public long Tries => Interlocked.Read(ref _tries);

    /// <summary>Requests failed before they reached storage.</summary>
    public long NotSent => Interlocked.Read(ref _notSent);

    /// <summary>Requests storage carried out whose answer was then lost.</summary>
    public long AnswersLost => Interlocked.Read(ref _answersLost);

    /// <summary>A fault in <paramref name="rate"/> of the tries (half not sent, half with the answer lost), drawn from <paramref name="seed"/>.</summary>
    public static StorageFaults AtRate(double rate, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rate, 1);
        return new StorageFaults(rate, seed, []);
    }

    /// <summary>Only the faults the rules describe (given here or armed later), each on the first requests it matches.</summary>
    public static StorageFaults Scripted(params StorageFaultRule[] rules) => new(0, null, rules);

    /// <summary>Adds rules to scripted faults, e.g. at the start of a test on a shared app.</summary>
    public void Arm(params StorageFaultRule[] rules)
    {
        lock (_rules)
        {
            _rules.AddRange(rules.Select(r => new ArmedRule(r)));
        }
    }

    /// <summary>The faults of <see cref="RateVariable"/> and <see cref="SeedVariable"/>; null when no rate is set.</summary>
    public static StorageFaults? FromEnvironment()
    {
        if (Environment.GetEnvironmentVariable(RateVariable) is not { Length: > 0 } rate)
        {
            return null;
        }

        var seed = Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } s ? int.Parse(s, CultureInfo.InvariantCulture) : 11;
        return AtRate(double.Parse(rate, CultureInfo.InvariantCulture), seed);
    }

    /// <summary>This policy as the app registers it for every storage client.</summary>
    public StoragePipelinePolicy AsPipelinePolicy() => new(this, HttpPipelinePosition.PerRetry);

    /// <summary>Whether every scripted rule armed so far has struck as often as it was told to.</summary>
    public bool AllStruck
    {
        get
        {
            lock (_rules)
            {
                return _rules.All(r => r.Left == 0);
            }
        }
    }

    /// <summary>The figures so far: tries, faults by kind, and faults by target (table, queue or container).</summary>
    public StorageFaultReport Report(string run) => new(
        run, _rate, Seed, Tries, NotSent, AnswersLost,
        new SortedDictionary<string, long>(_byTarget, StringComparer.Ordinal));

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        var fault = Decide(message.Request);
        if (fault == StorageFaultKind.NotSent)
        {
            throw Count(message.Request, fault.Value);
        }

        ProcessNext(message, pipeline);
        if (fault == StorageFaultKind.AnswerLost)
        {
            throw Count(message.Request, fault.Value);
        }
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        var fault = Decide(message.Request);
        if (fault == StorageFaultKind.NotSent)
        {
            throw Count(message.Request, fault.Value);
        }

        await ProcessNextAsync(message, pipeline);
        if (fault == StorageFaultKind.AnswerLost)
        {
            throw Count(message.Request, fault.Value);
        }
    }

    private StorageFaultKind? Decide(Request request)
    {
        Interlocked.Increment(ref _tries);
        if (_random is not null)
        {
            lock (_random)
            {
                return _random.NextDouble() < _rate ? (_random.Next(2) == 0 ? StorageFaultKind.NotSent : StorageFaultKind.AnswerLost) : null;
            }
        }

        lock (_rules)
        {
            foreach (var rule in _rules)
            {
                if (rule.Left > 0 && rule.Rule.Matches(request))
                {
                    rule.Left--;
                    return rule.Rule.Kind;
                }
            }
        }

        return null;
    }

    private IOException Count(Request request, StorageFaultKind kind)
    {
        Interlocked.Increment(ref kind == StorageFaultKind.NotSent ? ref _notSent : ref _answersLost);
        _byTarget.AddOrUpdate($"{kind} {StorageRequests.Target(request)}", 1, (_, n) => n + 1);
        return new IOException(kind == StorageFaultKind.NotSent
            ? $"Injected fault: {request.Method} {request.Uri.Path} did not reach storage."
            : $"Injected fault: storage carried out {request.Method} {request.Uri.Path}, and its answer was lost.");
    }

    private sealed class ArmedRule(StorageFaultRule rule)
    {
        public StorageFaultRule Rule { get; } = rule;

        public int Left { get; set; } = rule.Times;
    }
}

/// <summary>What a fault does to the request it strikes.</summary>
public enum StorageFaultKind
{
    /// <summary>The request never reached storage: nothing was done.</summary>
    NotSent,

    /// <summary>Storage carried the request out, and its answer was lost.</summary>
    AnswerLost,
}

/// <summary>A scripted fault: of the requests <paramref name="Matches"/> accepts, the first <paramref name="Times"/> get it.</summary>
public sealed record StorageFaultRule(Func<Request, bool> Matches, StorageFaultKind Kind, int Times = 1);

/// <summary>One app's figures under faults.</summary>
public sealed record StorageFaultReport(
    string Run, double Rate, int? Seed, long Tries, long NotSent, long AnswersLost, IReadOnlyDictionary<string, long> ByTarget);
