using System.Security.Cryptography;
using System.Text;

namespace Platform.PaymentProviders.Sandboxes;

/// <summary>The installation's own random secret, from which the simulated accounts' keys and webhook secrets are
/// derived: generated at the first start and kept in the data directory, so that nobody can compute them from a
/// régie id, and they differ between installations.</summary>
public sealed class SandboxSecret
{
    private readonly byte[] key;

    private SandboxSecret(byte[] key) => this.key = key;

    /// <summary>A secret for this process only (tests, simulations started on a loopback socket).</summary>
    public static SandboxSecret Random() => new(RandomNumberGenerator.GetBytes(32));

    public static SandboxSecret LoadOrCreate(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var file = new FileStream(path, options);
            var created = RandomNumberGenerator.GetBytes(32);
            file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(created)));
            return new SandboxSecret(created);
        }
        catch (IOException) when (File.Exists(path))
        {
            return new SandboxSecret(Convert.FromBase64String(File.ReadAllText(path).Trim()));
        }
    }

    /// <summary>A value for <paramref name="purpose"/>, as lower-case hexadecimal.</summary>
    public string Derive(string purpose, int length = 32) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(purpose)))[..length];
}
