using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HdndWorkflow.Functions.Tests.Conclusions;

/// <summary>
/// The text of a PDF as an independent reader sees it: pdf.js (pinned in package.json) run by Node through
/// <c>pdf-text.mjs</c>. Each page's text, and the whole with every run of white space made one space.
/// </summary>
public sealed partial record PdfText(IReadOnlyList<string> Pages)
{
    private static readonly string Script = Repository.PathOf("tests", "Functions.Tests", "Conclusions", "pdf-text.mjs");

    /// <summary>All pages, white space collapsed, so that lines broken by the layout compare as one text.</summary>
    public string Flat => Collapse(string.Join(' ', Pages));

    public static string Collapse(string text) => WhiteSpace().Replace(text, " ").Trim();

    public static async Task<PdfText> ReadAsync(byte[] pdf)
    {
        if (!Directory.Exists(Repository.PathOf("node_modules", "pdfjs-dist")))
        {
            throw new InvalidOperationException($"pdfjs-dist is not installed: run 'npm ci' in {Repository.Root}.");
        }

        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Script },
            WorkingDirectory = Repository.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.BaseStream.WriteAsync(pdf);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pdf-text.mjs failed ({process.ExitCode}): {await error}");
        }

        using var json = JsonDocument.Parse(await output);
        return new PdfText([.. json.RootElement.GetProperty("pages").EnumerateArray().Select(page => page.GetString()!)]);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
