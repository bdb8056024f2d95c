using PdfSharp.Fonts;

namespace Platform.Modules.Billing.Documents;

/// <summary>The invoices' typeface (DejaVu Sans, Bitstream Vera licence, in Fonts/) carried in the assembly, so a PDF
/// looks the same on a server without fonts.</summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly Lock Gate = new();

    public static void Install()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new EmbeddedFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans", false, italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream($"Platform.Modules.Billing.Documents.Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
