using Platform.Core.Tenancy;

namespace Platform.Host.Access;

/// <summary>The modules' way to the document store, with the same checks as the families' uploads.</summary>
public sealed class PrivateFiles(DocumentStore store) : IPrivateFiles
{
    public async Task<StoredFile?> SaveAsync(byte[] content, CancellationToken cancellationToken) =>
        FileContent.AcceptDocument(content) is { } type ? new StoredFile(await store.SaveAsync(content, cancellationToken), type) : null;

    public Stream Open(string storedName) => store.Open(storedName);
}
