namespace Platform.Core.Tenancy;

/// <summary>Documents families send (a CAF certificate, a medical certificate), stored outside the web root under
/// random names and served only through an endpoint that checks the caller. Implemented by the host. Platform API 1.6.</summary>
public interface IPrivateFiles
{
    /// <summary>Stores a PDF, JPEG or PNG of at most 5 Mo, its type read from its bytes; null when refused.</summary>
    Task<StoredFile?> SaveAsync(byte[] content, CancellationToken cancellationToken);

    Stream Open(string storedName);
}

public sealed record StoredFile(string StoredName, string ContentType);
