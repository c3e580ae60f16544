namespace HdndWorkflow.Functions.Pages.Conclusions;

/// <summary>Lists typed in a text area, one item a line: blank lines left out, each line trimmed, nothing else changed.</summary>
internal static class FormLines
{
    public static List<string> Split(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];

    public static string Join(IEnumerable<string>? lines) => string.Join('\n', lines ?? []);
}
