using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Platform.Core.Booking;

/// <summary>Adjusts the module's price of a service for a family: by quotient familial brackets and by the number of
/// its children booking the service in the month. Implemented by the Billing module; without it every price is the
/// module's own. Platform API 1.6.</summary>
public interface ITariffRules
{
    /// <summary>The service's rules and the family's validated quotients, read once for a page or a booking.</summary>
    Task<FamilyTariff> ForAsync(Guid serviceId, Guid familyId, CancellationToken cancellationToken);
}

/// <summary>A percent of the module's price for quotients up to <paramref name="UpTo"/> euros (null: every quotient
/// above the other brackets, and families without a validated quotient).</summary>
public sealed record QuotientBracket(int? UpTo, int Percent);

/// <summary>A discount on each child's line when the family has at least <paramref name="FromChildren"/> children booking
/// the same service in the month.</summary>
public sealed record SiblingDiscount(int FromChildren, int Percent);

/// <summary>A quotient familial an agent validated from the family's CAF or MSA certificate, with its validity.</summary>
public sealed record FamilyQuotient(int Value, DateOnly From, DateOnly To);

/// <summary>A price and the rule that produced it, both fixed on the booking line ("QF 620 € : 75 %").</summary>
public sealed record RuledPrice(long Cents, string? Rule);

/// <summary>The rules of one service for one family. Pure: the same inputs always give the same price.</summary>
/// <param name="Brackets">Ordered by ceiling, the last without one; empty when the service ignores the quotient.</param>
/// <param name="Siblings">Empty when the service has no sibling discount.</param>
public sealed record FamilyTariff(IReadOnlyList<QuotientBracket> Brackets, IReadOnlyList<SiblingDiscount> Siblings, IReadOnlyList<FamilyQuotient> Quotients)
{
    public static readonly FamilyTariff None = new([], [], []);

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Whether the price depends on how many children book: the caller then counts them.</summary>
    public bool CountsChildren => Siblings.Count > 0;

    /// <param name="childrenBooking">The family's children booking the service in the month of <paramref name="date"/>,
    /// the priced child included.</param>
    public RuledPrice Price(long baseCents, DateOnly date, int childrenBooking)
    {
        var cents = baseCents;
        var rules = new List<string>(2);
        if (Brackets.Count > 0)
        {
            var quotient = Quotients.Where(q => q.From <= date && date <= q.To).OrderByDescending(q => q.From).FirstOrDefault();
            var bracket = quotient is null
                ? Brackets[^1]
                : Brackets.FirstOrDefault(b => b.UpTo is { } ceiling && quotient.Value <= ceiling) ?? Brackets[^1];
            cents = Percent(cents, bracket.Percent);
            rules.Add(quotient is null
                ? $"quotient familial non justifié : {bracket.Percent} %"
                : $"QF {quotient.Value.ToString("N0", French)} € : {bracket.Percent} %");
        }

        if (Siblings.Where(s => childrenBooking >= s.FromChildren).MaxBy(s => s.FromChildren) is { } discount)
        {
            cents = Percent(cents, 100 - discount.Percent);
            rules.Add($"{childrenBooking} enfants inscrits : −{discount.Percent} %");
        }

        return new RuledPrice(cents, rules.Count == 0 ? null : string.Join(" ; ", rules));
    }

    private static long Percent(long cents, int percent) => (long)Math.Round(cents * percent / 100m, MidpointRounding.AwayFromZero);
}

/// <summary>A family's prices in one service for a page or a booking: its tariff, and which of its children book the
/// service each month (the lines already held or confirmed, and those being booked).</summary>
public sealed class FamilyPricing(FamilyTariff tariff, IReadOnlyDictionary<(int Year, int Month), HashSet<Guid>> childrenByMonth)
{
    public RuledPrice Price(long baseCents, Guid childId, DateOnly date)
    {
        var children = childrenByMonth.TryGetValue((date.Year, date.Month), out var booking) ? booking.Count + (booking.Contains(childId) ? 0 : 1) : 1;
        return tariff.Price(baseCents, date, children);
    }

    /// <param name="lines">The module's booking lines.</param>
    /// <param name="booking">The children and days being booked now, counted with those already booked.</param>
    public static async Task<FamilyPricing> ReadAsync<TLine>(
        FamilyTariff tariff, IQueryable<TLine> lines, Guid serviceId, Guid familyId, IReadOnlyCollection<(Guid ChildId, DateOnly Date)> booking,
        DateOnly from, DateOnly to, CancellationToken cancellationToken)
        where TLine : BookingLine
    {
        var byMonth = new Dictionary<(int, int), HashSet<Guid>>();
        if (!tariff.CountsChildren)
        {
            return new FamilyPricing(tariff, byMonth);
        }

        var first = new DateOnly(from.Year, from.Month, 1);
        var last = new DateOnly(to.Year, to.Month, 1).AddMonths(1);
        var booked = await lines
            .Where(b => b.ServiceId == serviceId && b.FamilyId == familyId && b.Date >= first && b.Date < last
                        && (b.State == BookingState.PendingPayment || b.State == BookingState.Confirmed))
            .Select(b => new { b.ChildId, b.Date }).Distinct().ToListAsync(cancellationToken);
        foreach (var (childId, date) in booked.Select(b => (b.ChildId, b.Date)).Concat(booking))
        {
            var key = (date.Year, date.Month);
            if (!byMonth.TryGetValue(key, out var children))
            {
                byMonth[key] = children = [];
            }

            children.Add(childId);
        }

        return new FamilyPricing(tariff, byMonth);
    }
}
