using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Data;
using Platform.Core.Wallet;
using Platform.Modules.Wallet.Application;
using Platform.Modules.Wallet.Data;
using Xunit;

namespace Platform.Modules.Wallet.Tests;

/// <summary>The ledger on a real, migrated SQLite file; every test opens its own contexts like separate requests.</summary>
public sealed class WalletLedgerTests : IDisposable
{
    private static readonly Guid Family = Guid.NewGuid();
    private static readonly Guid Cantine = Guid.NewGuid();
    private static readonly Guid Garderie = Guid.NewGuid();
    private static readonly Guid Regie = Guid.NewGuid();
    private readonly string file = Path.Combine(Path.GetTempPath(), $"wallet-{Guid.NewGuid():N}.db");

    public WalletLedgerTests()
    {
        using var db = Context();
        db.Database.Migrate();
    }

    [Fact]
    public async Task Spending_takes_the_service_credits_first_then_the_global_ones()
    {
        await Credit(null, 10_00, "guichet-1");
        await Credit(Cantine, 15_00, "guichet-2");
        await Credit(Garderie, 20_00, "guichet-3");

        var result = await Ledger().SpendAsync(new WalletSpend(Family, Regie, [new WalletPortion(Cantine, 20_00)], "4 repas", "payment-1"), default);

        Assert.Equal(WalletMovementStatus.Done, result.Status);
        Assert.Equal(25_00, result.Balance.TotalCents);
        Assert.Equal(5_00, Line(result.Balance, null));
        Assert.Equal(0, Line(result.Balance, Cantine));
        Assert.Equal(20_00, Line(result.Balance, Garderie));
        AssertLedgerMatchesBalances();
    }

    [Fact]
    public async Task The_dombes_journey_50_then_8_meals_then_one_cancelled()
    {
        await Credit(null, 50_00, "reçu-0042");

        var paid = await Ledger().SpendAsync(new WalletSpend(Family, Regie, [new WalletPortion(Cantine, 8 * 380)], "8 repas", "order-1"), default);
        var refunded = await Ledger().RefundAsync(new WalletRefund(Family, "order-1", 380, "Annulation du repas du 13/01", "cancel-1"), default);

        Assert.Equal(19_60, paid.Balance.TotalCents);
        Assert.Equal(23_40, refunded.Balance.TotalCents);
        AssertLedgerMatchesBalances();
    }

    [Fact]
    public async Task A_spend_larger_than_the_usable_credits_writes_nothing()
    {
        await Credit(null, 5_00, "g");
        await Credit(Garderie, 20_00, "garderie");

        var result = await Ledger().SpendAsync(new WalletSpend(Family, Regie, [new WalletPortion(Cantine, 6_00)], "repas", "too-much"), default);

        Assert.Equal(WalletMovementStatus.InsufficientFunds, result.Status);
        Assert.Equal(25_00, result.Balance.TotalCents);
        using var db = Context();
        Assert.Equal(2, await db.Ledger.CountAsync());
    }

    [Fact]
    public async Task Replayed_references_change_nothing()
    {
        await Credit(null, 10_00, "reçu-1");
        await Credit(null, 10_00, "reçu-1");
        var ledger = Ledger();

        await ledger.SpendAsync(new WalletSpend(Family, Regie, [new WalletPortion(Cantine, 3_80)], "repas", "p-1"), default);
        var again = await Ledger().SpendAsync(new WalletSpend(Family, Regie, [new WalletPortion(Cantine, 3_80)], "repas", "p-1"), default);
        await Ledger().RefundAsync(new WalletRefund(Family, "p-1", 3_80, "annulation", "r-1"), default);
        var refundAgain = await Ledger().RefundAsync(new WalletRefund(Family, "p-1", 3_80, "annulation", "r-1"), default);

        Assert.Equal(WalletMovementStatus.AlreadyDone, again.Status);
        Assert.Equal(WalletMovementStatus.AlreadyDone, refundAgain.Status);
        Assert.Equal(10_00, refundAgain.Balance.TotalCents);
        AssertLedgerMatchesBalances();
    }

    [Fact]
    public async Task Refunds_go_back_to_the_scopes_that_paid_the_global_one_first_and_never_beyond_the_spend()
    {
        await Credit(null, 5_00, "g");
        await Credit(Cantine, 15_00, "c");
        await Ledger().SpendAsync(new WalletSpend(Family, Regie, [new WalletPortion(Cantine, 20_00)], "repas", "p"), default);

        var first = await Ledger().RefundAsync(new WalletRefund(Family, "p", 3_80, "annulation", "r1"), default);
        Assert.Equal(3_80, Line(first.Balance, null));
        var second = await Ledger().RefundAsync(new WalletRefund(Family, "p", 10_00, "annulation", "r2"), default);
        Assert.Equal(5_00, Line(second.Balance, null));
        Assert.Equal(8_80, Line(second.Balance, Cantine));
        var tooMuch = await Ledger().RefundAsync(new WalletRefund(Family, "p", 6_21, "annulation", "r3"), default);
        Assert.Equal(WalletMovementStatus.NothingToRefund, tooMuch.Status);
        var unknown = await Ledger().RefundAsync(new WalletRefund(Family, "nope", 1, "annulation", "r4"), default);
        Assert.Equal(WalletMovementStatus.NothingToRefund, unknown.Status);
        AssertLedgerMatchesBalances();
    }

    [Fact]
    public async Task Fifty_parallel_spends_never_overdraw_and_the_balance_stays_the_ledger_sum()
    {
        await Credit(null, 100_00, "reçu");

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            Ledger().SpendAsync(new WalletSpend(Family, Regie, [new WalletPortion(Cantine, 3_80)], "repas", $"parallel-{i}"), default))));

        Assert.Equal(26, results.Count(r => r.Status == WalletMovementStatus.Done));
        Assert.Equal(24, results.Count(r => r.Status == WalletMovementStatus.InsufficientFunds));
        var balance = await Ledger().BalanceAsync(Family, default);
        Assert.Equal(1_20, balance.TotalCents);
        AssertLedgerMatchesBalances();
    }

    [Fact]
    public async Task The_database_itself_refuses_a_negative_balance()
    {
        await Credit(null, 1_00, "reçu");
        using var db = Context();

        var error = await Assert.ThrowsAsync<SqliteException>(() =>
            db.Accounts.ExecuteUpdateAsync(s => s.SetProperty(a => a.BalanceCents, -1)));

        Assert.Contains("CHECK constraint failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spend_over_two_services_uses_each_services_credits_then_the_global_ones_once()
    {
        await Credit(null, 5_00, "g");
        await Credit(Cantine, 3_00, "c");
        await Credit(Garderie, 1_00, "ga");

        var result = await Ledger().SpendAsync(new WalletSpend(Family, Regie, [new WalletPortion(Cantine, 3_80), new WalletPortion(Garderie, 2_00)], "repas et garderie", "mixed"), default);

        Assert.Equal(WalletMovementStatus.Done, result.Status);
        Assert.Equal(3_20, Line(result.Balance, null));
        Assert.Equal(0, Line(result.Balance, Cantine));
        Assert.Equal(0, Line(result.Balance, Garderie));
        Assert.Equal(5_80, await Ledger().NetSpentAsync(Family, "mixed", default));
        AssertLedgerMatchesBalances();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-380)]
    public async Task Amounts_must_be_positive(long cents)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Ledger().SpendAsync(new WalletSpend(Family, Regie, [new WalletPortion(Cantine, cents)], "x", "x"), default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Ledger().CreditAsync(new WalletCredit(Family, null, Regie, cents, "x", "x", null), default));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    private static long Line(WalletBalance balance, Guid? scope) => balance.Lines.SingleOrDefault(l => l.ServiceId == scope)?.Cents ?? 0;

    private Task<WalletMovementResult> Credit(Guid? scope, long cents, string reference) =>
        Ledger().CreditAsync(new WalletCredit(Family, scope, Regie, cents, "Paiement au guichet", reference, null), default);

    private WalletLedger Ledger() => new(Context(), TimeProvider.System);

    private SqliteWalletDbContext Context()
    {
        var options = new DbContextOptionsBuilder<SqliteWalletDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file};Default Timeout=30").Configure(options, "wallet");
        return new SqliteWalletDbContext(options.Options);
    }

    private void AssertLedgerMatchesBalances()
    {
        using var db = Context();
        foreach (var account in db.Accounts.AsNoTracking().ToList())
        {
            Assert.Equal(account.BalanceCents, db.Ledger.Where(e => e.AccountId == account.Id).Sum(e => e.Cents));
        }
    }
}
