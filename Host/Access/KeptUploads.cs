using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Platform.Host.Access;

/// <summary>A browser cannot refill a file field, so the readable documents of a form refused for another reason are
/// kept for a day: the form shown again says they were received and sends back a ticket for each instead of the file.
/// The ticket is encrypted and names its family, so no one can claim another family's file.</summary>
public sealed class KeptUploads(string directory, IDataProtectionProvider protection, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private readonly IDataProtector protector = protection.CreateProtector("Platform.Access.KeptUploads");

    /// <summary>Keeps the file and returns its ticket, to be posted back by the form.</summary>
    public async Task<string> KeepAsync(Guid familyId, Upload file, CancellationToken cancellationToken)
    {
        RemoveExpired();
        Directory.CreateDirectory(directory);
        var storedName = $"{Guid.NewGuid():N}.bin";
        await File.WriteAllBytesAsync(Path.Combine(directory, storedName), file.Content, cancellationToken);
        var ticket = new Ticket(familyId, storedName, file.FileName, clock.GetUtcNow().Add(Lifetime));
        return protector.Protect(JsonSerializer.Serialize(ticket));
    }

    /// <summary>The kept file, when the ticket is this family's and still valid.</summary>
    public async Task<Upload?> OpenAsync(Guid familyId, string ticket, CancellationToken cancellationToken) =>
        Read(familyId, ticket) is { } valid && File.Exists(PathOf(valid))
            ? new Upload(valid.FileName, await File.ReadAllBytesAsync(PathOf(valid), cancellationToken))
            : null;

    /// <summary>Forgets kept files once the form they belonged to succeeded.</summary>
    public void Discard(Guid familyId, IEnumerable<string> tickets)
    {
        foreach (var ticket in tickets)
        {
            if (Read(familyId, ticket) is { } valid)
            {
                File.Delete(PathOf(valid));
            }
        }
    }

    private Ticket? Read(Guid familyId, string ticket)
    {
        try
        {
            var read = JsonSerializer.Deserialize<Ticket>(protector.Unprotect(ticket));
            return read is not null && read.FamilyId == familyId && read.ExpiresAt > clock.GetUtcNow() ? read : null;
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private void RemoveExpired()
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        var limit = DateTime.UtcNow - Lifetime; // file times are the machine's, whatever clock the platform runs on
        foreach (var file in new DirectoryInfo(directory).EnumerateFiles("*.bin").Where(f => f.LastWriteTimeUtc < limit))
        {
            file.Delete();
        }
    }

    private string PathOf(Ticket ticket) => Path.Combine(directory, Path.GetFileName(ticket.StoredName));

    private sealed record Ticket(Guid FamilyId, string StoredName, string FileName, DateTimeOffset ExpiresAt);
}
