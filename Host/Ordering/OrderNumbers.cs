using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Ordering;
using Platform.Host.Data;

namespace Platform.Host.Ordering;

/// <summary>Order numbers from a per-day counter: "C-20270520-00042". The counter row is bumped inside the transaction
/// that writes the order, so the database's row lock makes every number unique across hosts, and a checkout rolled back
/// gives its number back (no holes from failures).</summary>
public sealed class OrderNumbers(PlatformDbContext db)
{
    /// <summary>Creates the day's counter row, outside any transaction: a unique conflict with another host creating it
    /// at the same time is harmless here, where inside the order's transaction it would abort it.</summary>
    public async Task PrepareAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var day = Day(nowUtc);
        if (await db.OrderNumberCounters.AnyAsync(c => c.Day == day, cancellationToken))
        {
            return;
        }

        var counter = db.OrderNumberCounters.Add(new OrderNumberCounter { Day = day });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // another host created it first
        }
        finally
        {
            counter.State = EntityState.Detached;
        }
    }

    /// <summary>The next number of the day. Call inside the transaction that saves the order, after <see cref="PrepareAsync"/>.</summary>
    public async Task<string> NextAsync(string prefix, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var day = Day(nowUtc);
        var bumped = await db.OrderNumberCounters.Where(c => c.Day == day)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Last, c => c.Last + 1), cancellationToken);
        if (bumped != 1)
        {
            throw new InvalidOperationException($"The order number counter of {day} is missing: call PrepareAsync first.");
        }

        var last = await db.OrderNumberCounters.AsNoTracking().Where(c => c.Day == day).Select(c => c.Last).SingleAsync(cancellationToken);
        return $"{prefix}-{day}-{last.ToString("D5", CultureInfo.InvariantCulture)}";
    }

    private static string Day(DateTime nowUtc) => ParisTime.ToParis(nowUtc).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
