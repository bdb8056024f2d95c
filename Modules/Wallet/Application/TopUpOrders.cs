using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Ordering;
using Platform.Core.Wallet;
using Platform.Modules.Wallet.Data;

namespace Platform.Modules.Wallet.Application;

/// <summary>The wallet's side of a top-up order: held when ordered, credited once when paid, released when it lapses.</summary>
internal sealed class TopUpOrders(WalletDbContext db, IWalletLedger ledger) : IOrderLineHandler
{
    public string ModuleId => WalletModule.ModuleId;

    public async Task<AppResult<bool>> HoldAsync(OrderHold hold, CancellationToken cancellationToken)
    {
        var known = await db.TopUps.Where(t => t.OrderId == hold.OrderId).Select(t => t.Id).ToListAsync(cancellationToken);
        db.TopUps.AddRange(hold.Lines.Where(l => !known.Contains(l.OrderLineId)).Select(l => new TopUp
        {
            Id = l.OrderLineId, OrderId = hold.OrderId, FamilyId = hold.FamilyId, RegieId = l.RegieId, Cents = l.UnitCents, State = TopUpState.Held,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return AppResult<bool>.Ok(true);
    }

    /// <summary>An order whose top-up was never recorded (the process stopped in between) must not be paid: it would
    /// credit nothing.</summary>
    public async Task<AppResult<bool>> CheckAsync(Guid orderId, CancellationToken cancellationToken) =>
        await db.TopUps.AnyAsync(t => t.OrderId == orderId && t.State == TopUpState.Held, cancellationToken)
            ? AppResult<bool>.Ok(true)
            : AppResult<bool>.Invalid("Order", "Cette recharge n'est plus valable : recommencez depuis votre porte-monnaie.");

    /// <summary>The ledger credit is idempotent on the line's reference, so a repeated confirmation credits once.</summary>
    public async Task ConfirmAsync(Guid orderId, CancellationToken cancellationToken)
    {
        foreach (var topUp in await db.TopUps.AsNoTracking().Where(t => t.OrderId == orderId && t.State != TopUpState.Credited).ToListAsync(cancellationToken))
        {
            await ledger.CreditAsync(
                new WalletCredit(topUp.FamilyId, null, topUp.RegieId, topUp.Cents, "Rechargement en ligne", $"topup:{topUp.Id}", null), cancellationToken);
            await db.TopUps.Where(t => t.Id == topUp.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.State, TopUpState.Credited), cancellationToken);
        }
    }

    public Task ReleaseAsync(Guid orderId, CancellationToken cancellationToken) =>
        db.TopUps.Where(t => t.OrderId == orderId && t.State == TopUpState.Held)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.State, TopUpState.Released), cancellationToken);
}
