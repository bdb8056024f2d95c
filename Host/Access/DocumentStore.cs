namespace Platform.Host.Access;

/// <summary>Stores uploaded files under the data directory, outside the web root, under random names.
/// They are only ever served through an authorised endpoint.</summary>
public sealed class DocumentStore(string directory)
{
    public string Directory => directory;

    public async Task<string> SaveAsync(byte[] content, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(directory);
        var name = $"{Guid.NewGuid():N}.bin";
        await File.WriteAllBytesAsync(Path.Combine(directory, name), content, cancellationToken);
        return name;
    }

    public Stream Open(string name) => File.OpenRead(PathOf(name));

    public void Delete(string name)
    {
        var path = PathOf(name);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private string PathOf(string name)
    {
        if (name.Contains('/') || name.Contains('\\') || name.Contains(".."))
        {
            throw new ArgumentException("Invalid stored file name.", nameof(name));
        }

        return Path.Combine(directory, name);
    }
}

/// <summary>An uploaded file read into memory (uploads are size-limited before this).</summary>
public sealed record Upload(string FileName, byte[] Content);
