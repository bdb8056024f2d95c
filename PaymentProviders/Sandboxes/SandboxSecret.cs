using System.Security.Cryptography;
using System.Text;

namespace Platform.PaymentProviders.Sandboxes;

/// <summary>The installation's own random secret, from which the simulated accounts' keys and webhook secrets are
/// derived: generated at the first start and kept in the data directory, so that nobody can compute them from a
/// régie id, and they differ between installations.</summary>
public sealed class SandboxSecret
{
    private const int KeyBytes = 32;

    private readonly byte[] key;

    private SandboxSecret(byte[] key) => this.key = key;

    /// <summary>A secret for this process only (tests, simulations started on a loopback socket).</summary>
    public static SandboxSecret Random() => new(RandomNumberGenerator.GetBytes(KeyBytes));

    /// <summary>Written whole to a temporary file, then moved into place: a start killed half-way, or two hosts starting
    /// together, never leave a short key behind. A file that does not hold a whole key is replaced.</summary>
    public static SandboxSecret LoadOrCreate(string path)
    {
        if (Read(path) is { } existing)
        {
            return new SandboxSecret(existing);
        }

        var created = RandomNumberGenerator.GetBytes(KeyBytes);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var file = new FileStream(temporary, options))
        {
            file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(created)));
            file.Flush(flushToDisk: true);
        }

        if (Read(path) is { } raced)
        {
            File.Delete(temporary);
            return new SandboxSecret(raced); // another host wrote it meanwhile: one key for both
        }

        File.Move(temporary, path, overwrite: true);
        return new SandboxSecret(created);
    }

    private static byte[]? Read(string path)
    {
        try
        {
            var key = Convert.FromBase64String(File.ReadAllText(path).Trim());
            return key.Length == KeyBytes ? key : null;
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            return null;
        }
    }

    /// <summary>A value for <paramref name="purpose"/>, as lower-case hexadecimal.</summary>
    public string Derive(string purpose, int length = 32) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(purpose)))[..length];
}
