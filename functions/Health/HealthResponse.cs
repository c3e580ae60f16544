using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HdndWorkflow.Functions.Health;

/// <summary>The JSON body of /health: the overall status and one entry per check.</summary>
internal sealed record HealthResponse(string Status, double DurationMs, IReadOnlyDictionary<string, HealthCheckResponse> Checks)
{
    public static HealthResponse From(HealthReport report) => new(
        report.Status.ToString(),
        Math.Round(report.TotalDuration.TotalMilliseconds, 1),
        report.Entries.ToDictionary(
            entry => entry.Key,
            entry => new HealthCheckResponse(
                entry.Value.Status.ToString(),
                entry.Value.Description,
                Math.Round(entry.Value.Duration.TotalMilliseconds, 1))));
}

/// <summary>One check's status, its description and how long it took.</summary>
internal sealed record HealthCheckResponse(string Status, string? Description, double DurationMs);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(HealthResponse))]
internal sealed partial class HealthJsonContext : JsonSerializerContext;
