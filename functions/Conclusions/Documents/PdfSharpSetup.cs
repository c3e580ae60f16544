using PdfSharp.Fonts;

namespace HdndWorkflow.Functions.Conclusions.Documents;

/// <summary>
/// PDFsharp's process-wide settings, made once before the first document: the notice's font resolver.
/// It is global to the process and may be set only before PDFsharp's first font operation, so this runs
/// once, under a lock, and refuses to replace a resolver someone else installed.
/// </summary>
internal static class PdfSharpSetup
{
    private static readonly Lock Gate = new();
    private static bool _ready;

    public static void EnsureReady()
    {
        lock (Gate)
        {
            if (_ready)
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is { } other && other != NoticeFonts.Instance)
            {
                throw new InvalidOperationException(
                    $"PDFsharp already has the font resolver {other.GetType()}; the notice needs {nameof(NoticeFonts)}.");
            }

            GlobalFontSettings.FontResolver = NoticeFonts.Instance;
            _ready = true;
        }
    }
}
