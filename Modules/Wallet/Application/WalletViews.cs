using Microsoft.EntityFrameworkCore;
using Platform.Core.Tenancy;
using Platform.Core.Wallet;
using Platform.Modules.Wallet.Data;

namespace Platform.Modules.Wallet.Application;

public sealed record WalletView(Guid FamilyId, long TotalCents, IReadOnlyList<WalletLineView> Lines, IReadOnlyList<MovementView> Movements);

/// <param name="ServiceId">Null for the credits usable everywhere.</param>
public sealed record WalletLineView(Guid? ServiceId, string Label, long Cents);

public sealed record MovementView(DateTime AtUtc, string Kind, long Cents, string Reason, string Scope);

/// <summary>What a family sees of its wallet: a line per scope and the latest movements.</summary>
public sealed class WalletViews(IWalletLedger ledger, WalletDbContext db, IServiceCatalog catalog)
{
    public const string GlobalLabel = "Utilisable pour tous les services";

    public async Task<WalletView> GetAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var balance = await ledger.BalanceAsync(familyId, cancellationToken);
        var movements = await db.Ledger.AsNoTracking()
            .Where(e => e.FamilyId == familyId)
            .OrderByDescending(e => e.CreatedAtUtc)
            .Take(100)
            .ToListAsync(cancellationToken);
        var labels = new Dictionary<Guid, string> { [WalletAccount.GlobalScope] = GlobalLabel };
        foreach (var scope in balance.Lines.Select(l => l.ServiceId ?? WalletAccount.GlobalScope).Concat(movements.Select(m => m.ScopeServiceId)).Distinct())
        {
            if (!labels.ContainsKey(scope))
            {
                labels[scope] = (await catalog.FindAsync(scope, cancellationToken))?.Name ?? "Service fermé";
            }
        }

        return new WalletView(
            familyId,
            balance.TotalCents,
            balance.Lines.Select(l => new WalletLineView(l.ServiceId, labels[l.ServiceId ?? WalletAccount.GlobalScope], l.Cents)).ToList(),
            movements.Select(m => new MovementView(m.CreatedAtUtc, m.Kind.ToString(), m.Cents, m.Reason, labels[m.ScopeServiceId])).ToList());
    }
}
