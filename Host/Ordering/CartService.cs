using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Ordering;
using Platform.Host.Data;

namespace Platform.Host.Ordering;

public sealed record CartView(Guid FamilyId, IReadOnlyList<CartGroup> Groups, long TotalCents);

/// <summary>The cart lines of one régie: paid together, by one payment.</summary>
public sealed record CartGroup(Guid RegieId, string RegieName, IReadOnlyList<CartLineView> Lines, long TotalCents);

public sealed record CartLineView(Guid Id, string ModuleId, Guid ServiceId, Guid? ChildId, DateOnly? Date, string Label, long UnitCents, int Quantity, long TotalCents)
{
    /// <summary>The tariff rule that priced the line (quotient familial, siblings), if any.</summary>
    public string? PriceRule { get; init; }
}

/// <summary>One cart across modules; modules add lines through Core's <see cref="ICart"/>.</summary>
public sealed class CartService(PlatformDbContext db, TimeProvider clock) : ICart
{
    public const int MaxLines = 400;

    public async Task<AppResult<int>> AddAsync(Guid familyId, IReadOnlyList<CartLineRequest> lines, CancellationToken cancellationToken)
    {
        var count = await db.CartLines.CountAsync(l => l.FamilyId == familyId, cancellationToken);
        if (lines.Count == 0)
        {
            return AppResult<int>.Invalid("Lines", "Choisissez au moins une date.");
        }

        if (count + lines.Count > MaxLines)
        {
            return AppResult<int>.Invalid("Lines", $"Votre panier contiendrait plus de {MaxLines} lignes : validez d'abord le panier en cours.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.CartLines.AddRange(lines.Select(l => new CartLine
        {
            Id = Guid.NewGuid(),
            FamilyId = familyId,
            ModuleId = l.ModuleId,
            ServiceId = l.ServiceId,
            RegieId = l.RegieId,
            Commune = l.Commune,
            ChildId = l.ChildId,
            Date = l.Date,
            ItemId = l.ItemId,
            TariffCategoryId = l.TariffCategoryId,
            PriceRule = l.PriceRule,
            Label = l.Label,
            UnitCents = l.UnitCents,
            Quantity = l.Quantity,
            AddedAtUtc = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return AppResult<int>.Ok(count + lines.Count);
    }

    public async Task<IReadOnlyList<CartLineSummary>> LinesAsync(Guid familyId, string moduleId, CancellationToken cancellationToken) =>
        await db.CartLines.AsNoTracking()
            .Where(l => l.FamilyId == familyId && l.ModuleId == moduleId)
            .Select(l => new CartLineSummary(l.Id, l.ServiceId, l.ChildId, l.Date) { ItemId = l.ItemId })
            .ToListAsync(cancellationToken);

    public async Task<CartView> GetAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var lines = await db.CartLines.AsNoTracking().Where(l => l.FamilyId == familyId).ToListAsync(cancellationToken);
        var regies = await db.Regies.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var groups = lines
            .GroupBy(l => l.RegieId)
            .Select(g =>
            {
                var views = g.OrderBy(l => l.Date).ThenBy(l => l.Label, StringComparer.Ordinal)
                    .Select(l => new CartLineView(l.Id, l.ModuleId, l.ServiceId, l.ChildId, l.Date, l.Label, l.UnitCents, l.Quantity, l.UnitCents * l.Quantity) { PriceRule = l.PriceRule })
                    .ToList();
                return new CartGroup(g.Key, regies.GetValueOrDefault(g.Key, ""), views, views.Sum(v => v.TotalCents));
            })
            .OrderBy(g => g.RegieName, StringComparer.Ordinal)
            .ToList();
        return new CartView(familyId, groups, groups.Sum(g => g.TotalCents));
    }

    public async Task<int> CountAsync(Guid familyId, CancellationToken cancellationToken) =>
        await db.CartLines.CountAsync(l => l.FamilyId == familyId, cancellationToken);

    public async Task<AppResult<bool>> RemoveAsync(Guid familyId, Guid lineId, CancellationToken cancellationToken)
    {
        var removed = await db.CartLines.Where(l => l.FamilyId == familyId && l.Id == lineId).ExecuteDeleteAsync(cancellationToken);
        return removed == 1 ? AppResult<bool>.Ok(true) : AppResult<bool>.NotFound();
    }
}
