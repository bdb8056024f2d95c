using Microsoft.EntityFrameworkCore;
using Platform.Modules.Wallet.Data;

namespace Platform.Modules.Wallet.Application;

/// <summary>The wallet money of one régie: what it received (counter payments, top-ups), what was spent at its
/// services, what it gave back. Every ledger line carries its régie, so this is a plain sum.</summary>
public sealed record RegieWalletTotals(Guid RegieId, long CreditedCents, long SpentCents, long RefundedCents, int Movements);

public sealed class RegieReport(WalletDbContext db)
{
    public async Task<IReadOnlyList<RegieWalletTotals>> TotalsAsync(DateTime? fromUtc, DateTime? toUtc, CancellationToken cancellationToken)
    {
        var rows = await db.Ledger.AsNoTracking()
            .Where(e => (fromUtc == null || e.CreatedAtUtc >= fromUtc) && (toUtc == null || e.CreatedAtUtc < toUtc))
            .GroupBy(e => new { e.RegieId, e.Kind })
            .Select(g => new { g.Key.RegieId, g.Key.Kind, Cents = g.Sum(e => e.Cents), Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.RegieId)
            .Select(g => new RegieWalletTotals(
                g.Key,
                g.Where(r => r.Kind == LedgerKind.Credit).Sum(r => r.Cents),
                -g.Where(r => r.Kind == LedgerKind.Spend).Sum(r => r.Cents),
                g.Where(r => r.Kind == LedgerKind.Refund).Sum(r => r.Cents),
                g.Sum(r => r.Count)))
            .ToList();
    }
}
