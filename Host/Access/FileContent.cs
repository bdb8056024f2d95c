using System.Buffers.Binary;

namespace Platform.Host.Access;

/// <summary>Recognises uploads by their bytes, never by the name or the type the browser claims.</summary>
public static class FileContent
{
    public const long MaxDocumentBytes = 5 * 1024 * 1024;
    public const long MaxPhotoBytes = 2 * 1024 * 1024;
    private const int MaxImageSide = 6000;

    /// <summary>The type of a document a family may send (5 Mo at most); null when it is refused.</summary>
    public static string? AcceptDocument(byte[] content) =>
        content.Length > 0 && content.Length <= MaxDocumentBytes ? DetectDocument(content) : null;

    /// <summary>"application/pdf", "image/jpeg" or "image/png"; null for anything else.</summary>
    public static string? DetectDocument(ReadOnlySpan<byte> content)
    {
        if (IsPdf(content))
        {
            return "application/pdf";
        }

        return DetectImage(content);
    }

    /// <summary>"image/jpeg" or "image/png" when the bytes are a decodable image header of sane size.</summary>
    public static string? DetectImage(ReadOnlySpan<byte> content)
    {
        if (PngSize(content) is { } png && IsSane(png))
        {
            return "image/png";
        }

        if (JpegSize(content) is { } jpeg && IsSane(jpeg))
        {
            return "image/jpeg";
        }

        return null;
    }

    private static bool IsSane((int Width, int Height) size) =>
        size.Width is > 0 and <= MaxImageSide && size.Height is > 0 and <= MaxImageSide;

    private static bool IsPdf(ReadOnlySpan<byte> content)
    {
        if (content.Length < 16 || !content.StartsWith("%PDF-"u8))
        {
            return false;
        }

        var tail = content[Math.Max(0, content.Length - 1024)..];
        return tail.IndexOf("%%EOF"u8) >= 0;
    }

    private static (int, int)? PngSize(ReadOnlySpan<byte> content)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (content.Length < 33 || !content.StartsWith(signature) || !content[12..16].SequenceEqual("IHDR"u8))
        {
            return null;
        }

        return (BinaryPrimitives.ReadInt32BigEndian(content[16..20]), BinaryPrimitives.ReadInt32BigEndian(content[20..24]));
    }

    private static (int, int)? JpegSize(ReadOnlySpan<byte> content)
    {
        if (content.Length < 4 || content[0] != 0xFF || content[1] != 0xD8)
        {
            return null;
        }

        var position = 2;
        while (position + 9 < content.Length)
        {
            if (content[position] != 0xFF)
            {
                return null;
            }

            var marker = content[position + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(content.Slice(position + 2, 2));
            var isFrameHeader = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isFrameHeader)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(content.Slice(position + 7, 2)),
                    BinaryPrimitives.ReadUInt16BigEndian(content.Slice(position + 5, 2)));
            }

            position += 2 + length;
        }

        return null;
    }
}
