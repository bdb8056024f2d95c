using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Data;
using Platform.Core.Wallet;
using Platform.Modules.Wallet.Application;
using Platform.Modules.Wallet.Data;
using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Testing;
using Platform.PaymentProviders.Wallet;

namespace Platform.Modules.Wallet.Tests;

/// <summary>The wallet payment provider, registered by its plugin entry point over the real ledger on a migrated SQLite
/// file, runs the contract every provider keeps.</summary>
public sealed class WalletProviderContractTests : PaymentProviderContract, IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"wallet-contract-{Guid.NewGuid():N}.db");
    private readonly ServiceProvider services;

    public WalletProviderContractTests()
    {
        var collection = new ServiceCollection();
        collection.AddScoped<IWalletLedger>(_ => new WalletLedger(Context(), TimeProvider.System));
        new WalletPaymentPlugin().ConfigureServices(collection);
        services = collection.BuildServiceProvider();
        using var db = Context();
        db.Database.Migrate();
    }

    protected override IPaymentProvider Provider => services.CreateScope().ServiceProvider.GetRequiredService<IPaymentProvider>();

    protected override ProviderSettings Settings => ProviderSettings.None;

    /// <summary>A family able to pay has exactly the amount in its wallet (a counter credit); the other has nothing.</summary>
    protected override async Task ArrangePayerAsync(PaymentRequest request, bool ableToPay)
    {
        if (ableToPay)
        {
            await new WalletLedger(Context(), TimeProvider.System).CreditAsync(
                new WalletCredit(request.PayerId, null, request.RegieId, request.AmountCents, "Guichet", $"guichet:{request.PaymentId}", null), default);
        }
    }

    public void Dispose()
    {
        services.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    private SqliteWalletDbContext Context()
    {
        var options = new DbContextOptionsBuilder<SqliteWalletDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file};Default Timeout=30").Configure(options, WalletModule.ModuleId);
        return new SqliteWalletDbContext(options.Options);
    }
}
