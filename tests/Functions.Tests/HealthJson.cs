using System.Text.Json;

namespace HdndWorkflow.Functions.Tests;

/// <summary>Reads the /health body the way a monitor would: plain JSON, no app types.</summary>
public sealed record HealthJson(string Status, IReadOnlyDictionary<string, string> CheckStatuses, string Raw)
{
    public static async Task<HealthJson> ReadAsync(HttpResponseMessage response)
    {
        var raw = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(raw);
        var root = document.RootElement;
        var checks = root.GetProperty("checks").EnumerateObject()
            .ToDictionary(check => check.Name, check => check.Value.GetProperty("status").GetString()!);
        return new HealthJson(root.GetProperty("status").GetString()!, checks, raw);
    }
}
