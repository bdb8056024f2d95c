using System.IO.Compression;
using System.Text;

namespace Platform.Host.IntegrationTests.Support;

internal static class TestFiles
{
    public static byte[] Pdf(string text = "Fiche sanitaire") =>
        Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% {text}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A real, decodable 64×64 PNG of one colour.</summary>
    public static byte[] Png()
    {
        const int side = 64;
        var raw = new byte[side * ((side * 3) + 1)];
        for (var row = 0; row < side; row++)
        {
            for (var x = 0; x < side; x++)
            {
                var at = (row * ((side * 3) + 1)) + 1 + (x * 3);
                (raw[at], raw[at + 1], raw[at + 2]) = ((byte)0x1d, (byte)0x4f, (byte)0x91);
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [0, 0, 0, side, 0, 0, 0, side, 8, 2, 0, 0, 0]);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>An executable renamed to .pdf: rejected by content.</summary>
    public static byte[] FakePdf() => Encoding.ASCII.GetBytes("MZ\x90\0 this is not a PDF at all, whatever its name says");

    public static byte[] Oversized() => [.. Pdf(), .. new byte[(5 * 1024 * 1024) + 1]];

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(BigEndian((uint)data.Length));
        png.Write(typed);
        png.Write(BigEndian(Crc32(typed)));
    }

    private static byte[] BigEndian(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
