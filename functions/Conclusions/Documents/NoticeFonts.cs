using PdfSharp.Fonts;

namespace HdndWorkflow.Functions.Conclusions.Documents;

/// <summary>
/// The notice's font for PDFsharp: Liberation Serif (metric-compatible with Times New Roman, with every Vietnamese
/// letter), embedded in this assembly so that rendering needs no installed font. <see cref="PdfSharpSetup"/> installs
/// the one <see cref="Instance"/>.
/// </summary>
internal sealed class NoticeFonts : IFontResolver
{
    /// <summary>The family the renderers ask for.</summary>
    public const string Family = "Liberation Serif";

    private NoticeFonts()
    {
    }

    public static NoticeFonts Instance { get; } = new();

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo((bold, italic) switch
            {
                (true, true) => "LiberationSerif-BoldItalic",
                (true, false) => "LiberationSerif-Bold",
                (false, true) => "LiberationSerif-Italic",
                _ => "LiberationSerif-Regular",
            })
            : null;

    /// <inheritdoc />
    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(NoticeFonts).Assembly.GetManifestResourceStream($"Fonts/{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
