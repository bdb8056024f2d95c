using Platform.Core.Modularity;
using Platform.Core.Wallet;

namespace Platform.Modules.Wallet.Application;

/// <summary>Demo credits like the Dombes guide's: 15 usable only at Saint-Marcel's cantine, 10 usable everywhere.</summary>
public sealed class WalletDemo(IWalletLedger ledger) : IDemoSeed
{
    public async Task SeedAsync(DemoScenario scenario, CancellationToken cancellationToken)
    {
        var saintMarcel = scenario.Services.FirstOrDefault(s => s.Commune == "saint-marcel-en-dombes");
        var baneins = scenario.Services.FirstOrDefault(s => s.Commune == "baneins");
        if (saintMarcel is not null)
        {
            await ledger.CreditAsync(new WalletCredit(scenario.FamilyId, saintMarcel.Id, saintMarcel.RegieId, 15_00, "Paiement au guichet (chèque), reçu n° DEMO-1", "demo:1", null), cancellationToken);
        }

        if (baneins is not null)
        {
            await ledger.CreditAsync(new WalletCredit(scenario.FamilyId, null, baneins.RegieId, 10_00, "Paiement au guichet (espèces), reçu n° DEMO-2", "demo:2", null), cancellationToken);
        }
    }
}
