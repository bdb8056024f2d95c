using Platform.Core.Application;
using Platform.Core.Modularity;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;
using Platform.Core.Wallet;

namespace Platform.Modules.Wallet;

/// <summary>What Wallet adds to the host's pages: the family's balance in the menu, and the counter payment an agent
/// records for a validated family.</summary>
internal sealed class WalletPages(IWalletLedger ledger, IFamilyDirectory families) : IPageContributions
{
    /// <summary>The balance the family can spend: global credits and those of services it is still validated for.</summary>
    public async Task<IReadOnlyList<UiLink>> ParentMenuAsync(FamilySummary? family, CancellationToken cancellationToken)
    {
        if (family is null)
        {
            return [];
        }

        var services = (await families.ValidatedServicesAsync(family.Id, cancellationToken)).Select(s => s.Id).ToHashSet();
        var spendable = (await ledger.BalanceAsync(family.Id, cancellationToken)).SpendableFor(services);
        return [new UiLink($"Porte-monnaie : {Euros.Format(spendable)}", "/porte-monnaie", 40, "wallet-balance")];
    }

    public IReadOnlyList<UiLink> OrderPaidLinks(PaidOrder order) =>
        order.Lines.Any(l => l.ModuleId == WalletModule.ModuleId) ? [new UiLink("Voir mon porte-monnaie", "/porte-monnaie", CssClass: "button")] : [];

    public IReadOnlyList<UiLink> AgentFamilyActions(Guid familyId, Guid serviceId) =>
        [new UiLink("Enregistrer un paiement au guichet", $"/agent/porte-monnaie/crediter?famille={familyId}&service={serviceId}", CssClass: "button secondary")];
}
