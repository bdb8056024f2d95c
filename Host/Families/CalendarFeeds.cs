using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Host.Common;
using Platform.Host.Data;

namespace Platform.Host.Families;

/// <summary>A family's private calendar feed: an address with a long random token that calendar apps poll, listing its
/// children's confirmed bookings of every module. Only the token's hash is stored, so the address is shown once, when
/// it is made; renewing makes a new one and revoking ends it (the old address answers 404).</summary>
public sealed class CalendarFeeds(PlatformDbContext db, IEnumerable<IBookedItems> modules, PublicUrls urls, TimeProvider clock)
{
    public async Task<AppResult<string>> RenewAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var updated = await db.Families.Where(f => f.Id == familyId)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.CalendarTokenHash, Hash(token)), cancellationToken);
        return updated == 0 ? AppResult<string>.NotFound() : AppResult<string>.Ok(urls.For($"/calendrier/{token}.ics"));
    }

    public async Task RevokeAsync(Guid familyId, CancellationToken cancellationToken) =>
        await db.Families.Where(f => f.Id == familyId).ExecuteUpdateAsync(s => s.SetProperty(f => f.CalendarTokenHash, (string?)null), cancellationToken);

    public Task<bool> IsActiveAsync(Guid familyId, CancellationToken cancellationToken) =>
        db.Families.AnyAsync(f => f.Id == familyId && f.CalendarTokenHash != null, cancellationToken);

    /// <summary>The feed of the token's family, from 30 days ago to a year ahead; null for an unknown or revoked token.</summary>
    public async Task<string?> FeedAsync(string token, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        var family = await db.Families.AsNoTracking().SingleOrDefaultAsync(f => f.CalendarTokenHash == hash, cancellationToken);
        if (family is null)
        {
            return null;
        }

        var today = ParisTime.Today(clock);
        var items = new List<BookedItem>();
        foreach (var module in modules)
        {
            items.AddRange(await module.ForFamilyAsync(family.Id, today.AddDays(-30), today.AddYears(1), cancellationToken));
        }

        return ICalendarWriter.Write($"Réservations – {family.Name}", items.OrderBy(i => i.Date).ThenBy(i => i.Start), clock.GetUtcNow().UtcDateTime, new Uri(urls.For("/")).Host);
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
