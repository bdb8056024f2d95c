using System.Text;

namespace Platform.Host.IntegrationTests.Support;

internal static class TestFiles
{
    public static byte[] Pdf(string text = "Fiche sanitaire") =>
        Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% {text}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A PNG header of a 64×64 image: signature, then the IHDR chunk.</summary>
    public static byte[] Png()
    {
        byte[] header =
        [
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R',
            0, 0, 0, 64, 0, 0, 0, 64, 8, 2, 0, 0, 0, 0x25, 0x0B, 0xE6, 0x89, 0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D',
            0xAE, 0x42, 0x60, 0x82,
        ];
        return header;
    }

    /// <summary>An executable renamed to .pdf: rejected by content.</summary>
    public static byte[] FakePdf() => Encoding.ASCII.GetBytes("MZ\x90\0 this is not a PDF at all, whatever its name says");

    public static byte[] Oversized() => [.. Pdf(), .. new byte[(5 * 1024 * 1024) + 1]];
}
