using Microsoft.EntityFrameworkCore;
using Platform.Core.Wallet;
using Platform.Modules.Wallet.Data;

namespace Platform.Modules.Wallet.Application;

/// <summary>Every movement runs in one database transaction that writes the ledger entries and moves the balances with
/// conditional updates ("… WHERE BalanceCents >= @take"), under a check constraint that refuses a negative balance:
/// the database itself, not a read-then-write in this process, keeps a wallet from going negative, even with several
/// hosts on one database. A conflicting writer makes the attempt start again.</summary>
internal sealed class WalletLedger(WalletDbContext db, TimeProvider clock) : IWalletLedger
{
    private const int Attempts = 8;

    public async Task<WalletBalance> BalanceAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var accounts = await db.Accounts.AsNoTracking().Where(a => a.FamilyId == familyId).ToListAsync(cancellationToken);
        var lines = accounts
            .OrderBy(a => a.ScopeServiceId == WalletAccount.GlobalScope ? 0 : 1)
            .Select(a => new WalletLine(a.ScopeServiceId == WalletAccount.GlobalScope ? null : a.ScopeServiceId, a.BalanceCents))
            .ToList();
        return new WalletBalance(familyId, lines.Sum(l => l.Cents), lines);
    }

    public Task<WalletMovementResult> CreditAsync(WalletCredit credit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(credit.Cents);
        return RetryAsync(credit.FamilyId, async () =>
        {
            // A credit's reference (a receipt number of a régie, a top-up payment) credits one wallet only, ever.
            if (await db.Ledger.AnyAsync(e => e.Kind == LedgerKind.Credit && e.Reference == credit.Reference, cancellationToken))
            {
                return WalletMovementStatus.AlreadyDone;
            }

            var account = await AccountAsync(credit.FamilyId, credit.ServiceId ?? WalletAccount.GlobalScope, cancellationToken);
            await MoveAsync(account.Id, credit.Cents, cancellationToken);
            db.Ledger.Add(Entry(account, LedgerKind.Credit, credit.Cents, credit.Reason, credit.Reference, null, credit.RegieId, credit.ActorId));
            return WalletMovementStatus.Done;
        }, cancellationToken);
    }

    public Task<WalletMovementResult> SpendAsync(WalletSpend spend, CancellationToken cancellationToken)
    {
        if (spend.Portions.Count == 0 || spend.Portions.Any(p => p.Cents <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(spend), "Every portion of a spend is a positive amount.");
        }

        return RetryAsync(spend.FamilyId, async () =>
        {
            if (await ExistsAsync(LedgerKind.Spend, spend.Reference, spend.FamilyId, cancellationToken))
            {
                return WalletMovementStatus.AlreadyDone;
            }

            var services = spend.Portions.Select(p => p.ServiceId).ToList();
            var accounts = await db.Accounts.AsNoTracking()
                .Where(a => a.FamilyId == spend.FamilyId && (services.Contains(a.ScopeServiceId) || a.ScopeServiceId == WalletAccount.GlobalScope))
                .ToDictionaryAsync(a => a.ScopeServiceId, cancellationToken);
            var takes = new Dictionary<Guid, long>();
            var leftOver = 0L;
            foreach (var portion in spend.Portions.GroupBy(p => p.ServiceId))
            {
                var wanted = portion.Sum(p => p.Cents);
                var scoped = accounts.TryGetValue(portion.Key, out var account) ? Math.Min(account.BalanceCents, wanted) : 0;
                if (scoped > 0)
                {
                    takes[portion.Key] = scoped;
                }

                leftOver += wanted - scoped;
            }

            if (leftOver > 0)
            {
                var global = accounts.GetValueOrDefault(WalletAccount.GlobalScope)?.BalanceCents ?? 0;
                if (global < leftOver)
                {
                    return WalletMovementStatus.InsufficientFunds;
                }

                takes[WalletAccount.GlobalScope] = leftOver;
            }

            foreach (var (scope, take) in takes.OrderBy(t => t.Key == WalletAccount.GlobalScope ? 1 : 0))
            {
                var account = accounts[scope];
                await MoveAsync(account.Id, -take, cancellationToken);
                db.Ledger.Add(Entry(account, LedgerKind.Spend, -take, spend.Reason, spend.Reference, null, spend.RegieId, null));
            }

            return WalletMovementStatus.Done;
        }, cancellationToken);
    }

    public async Task<long> NetSpentAsync(Guid familyId, string spendReference, CancellationToken cancellationToken) =>
        -await db.Ledger.AsNoTracking()
            .Where(e => e.FamilyId == familyId
                        && ((e.Kind == LedgerKind.Spend && e.Reference == spendReference) || (e.Kind == LedgerKind.Refund && e.SpendReference == spendReference)))
            .SumAsync(e => e.Cents, cancellationToken);

    public Task<WalletMovementResult> RefundAsync(WalletRefund refund, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(refund.Cents);
        return RetryAsync(refund.FamilyId, async () =>
        {
            if (await ExistsAsync(LedgerKind.Refund, refund.Reference, refund.FamilyId, cancellationToken))
            {
                return WalletMovementStatus.AlreadyDone;
            }

            var movements = await db.Ledger.AsNoTracking()
                .Where(e => e.FamilyId == refund.FamilyId
                            && ((e.Kind == LedgerKind.Spend && e.Reference == refund.SpendReference)
                                || (e.Kind == LedgerKind.Refund && e.SpendReference == refund.SpendReference)))
                .ToListAsync(cancellationToken);
            var refundable = movements
                .GroupBy(e => e.AccountId)
                .Select(g => (Spend: g.First(e => e.Kind == LedgerKind.Spend), Left: -g.Sum(e => e.Cents)))
                .Where(x => x.Left > 0)
                .OrderBy(x => x.Spend.ScopeServiceId == WalletAccount.GlobalScope ? 0 : 1)
                .ToList();
            if (refundable.Sum(x => x.Left) < refund.Cents)
            {
                return WalletMovementStatus.NothingToRefund;
            }

            var remaining = refund.Cents;
            foreach (var (spent, left) in refundable)
            {
                var give = Math.Min(left, remaining);
                if (give == 0)
                {
                    break;
                }

                await MoveAsync(spent.AccountId, give, cancellationToken);
                db.Ledger.Add(Entry(
                    new WalletAccount { Id = spent.AccountId, FamilyId = spent.FamilyId, ScopeServiceId = spent.ScopeServiceId },
                    LedgerKind.Refund, give, refund.Reason, refund.Reference, refund.SpendReference, spent.RegieId, null));
                remaining -= give;
            }

            return WalletMovementStatus.Done;
        }, cancellationToken);
    }

    /// <summary>Runs one movement in its own transaction, again from the start when another writer got in between
    /// (a conditional update that matched nothing, or a unique key taken meanwhile).</summary>
    private async Task<WalletMovementResult> RetryAsync(Guid familyId, Func<Task<WalletMovementStatus>> movement, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var status = await movement();
                if (status == WalletMovementStatus.Done)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
                else
                {
                    await transaction.RollbackAsync(cancellationToken);
                }

                return new WalletMovementResult(status, await BalanceAsync(familyId, cancellationToken));
            }
            catch (Exception e) when (e is ConcurrentMovementException or DbUpdateException && attempt < Attempts)
            {
                await transaction.RollbackAsync(cancellationToken);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellationToken);
            }
        }
    }

    /// <summary>Moves a balance by <paramref name="cents"/>; a debit only applies while the balance covers it.</summary>
    private async Task MoveAsync(Guid accountId, long cents, CancellationToken cancellationToken)
    {
        var moved = cents >= 0
            ? await db.Accounts.Where(a => a.Id == accountId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.BalanceCents, a => a.BalanceCents + cents), cancellationToken)
            : await db.Accounts.Where(a => a.Id == accountId && a.BalanceCents >= -cents)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.BalanceCents, a => a.BalanceCents + cents), cancellationToken);
        if (moved != 1)
        {
            throw new ConcurrentMovementException();
        }
    }

    private async Task<WalletAccount> AccountAsync(Guid familyId, Guid scope, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.FamilyId == familyId && a.ScopeServiceId == scope, cancellationToken);
        if (account is not null)
        {
            return account;
        }

        account = new WalletAccount { Id = Guid.NewGuid(), FamilyId = familyId, ScopeServiceId = scope };
        db.Accounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(account).State = EntityState.Detached;
        return account;
    }

    private Task<bool> ExistsAsync(LedgerKind kind, string reference, Guid familyId, CancellationToken cancellationToken) =>
        db.Ledger.AnyAsync(e => e.Kind == kind && e.Reference == reference && e.FamilyId == familyId, cancellationToken);

    private LedgerEntry Entry(WalletAccount account, LedgerKind kind, long cents, string reason, string reference, string? spendReference, Guid regie, Guid? actor) => new()
    {
        Id = Guid.NewGuid(),
        AccountId = account.Id,
        FamilyId = account.FamilyId,
        ScopeServiceId = account.ScopeServiceId,
        Kind = kind,
        Cents = cents,
        Reason = reason,
        Reference = reference,
        SpendReference = spendReference,
        RegieId = regie,
        ActorId = actor,
        CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
    };

    private sealed class ConcurrentMovementException : Exception;
}
