using PdfSharp;
using PdfSharp.Fonts;

namespace HdndWorkflow.Functions.Conclusions.Documents;

/// <summary>
/// PDFsharp's process-wide settings, made once before the first document: its licence and the notice's font resolver.
/// Both are global to the process and the resolver may be set only before PDFsharp's first font operation, so this runs
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

            // From 6.5.0 PDFsharp refuses to work until the program names its licence: the AGPL-3.0 or a commercial key
            // (PdfSharpLicense.LoadLicense). The project holds no commercial key, so the AGPL it ships under applies.
            PdfSharpLicense.SetAgplLicense();
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
