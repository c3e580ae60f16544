using System.Text.Json;

namespace HdndWorkflow.Functions.Tests;

/// <summary>A function folder's single binding, as the Functions host reads it from function.json.</summary>
public sealed record FunctionBinding(string Function, string Type, string Direction, string Name, JsonElement Json);

/// <summary>The repository's function folders (functions/FunctionDefinitions/&lt;name&gt;/function.json) and host.json.</summary>
public static class FunctionDefinitions
{
    public static string Folder { get; } = Repository.PathOf("functions", "FunctionDefinitions");

    /// <summary>The bindings of one function folder.</summary>
    public static IReadOnlyList<FunctionBinding> Bindings(string function)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, function, "function.json")));
        return [.. document.RootElement.GetProperty("bindings").EnumerateArray().Select(binding => new FunctionBinding(
            function,
            binding.GetProperty("type").GetString()!,
            binding.GetProperty("direction").GetString()!,
            binding.GetProperty("name").GetString()!,
            binding.Clone()))];
    }

    /// <summary>The root element of the repository's host.json (cloned: it outlives the document).</summary>
    public static JsonElement HostJson()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("host.json")));
        return document.RootElement.Clone();
    }
}
