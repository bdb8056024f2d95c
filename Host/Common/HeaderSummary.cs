using Platform.Core.Application;
using Platform.Core.Tenancy;
using Platform.Core.Wallet;

namespace Platform.Host.Common;

/// <summary>What the header shows a signed-in parent: the wallet balance (when the Wallet module is loaded), the
/// number of lines in the cart, and whether one of the family's communes collects by SEPA direct debit.</summary>
public sealed record HeaderFigures(string? WalletBalance, int CartCount, bool DirectDebit = false);

public sealed class HeaderSummary(
    IFamilyDirectory families, IPlatformFeatures features, IServiceProvider services, Ordering.CartService cart, Plugins.LoadedPlugins plugins)
{
    private const string DirectDebitProvider = "sepa";

    public bool Loaded(string moduleId) => plugins.IsLoaded(moduleId);

    /// <summary>Resolves the current family once for both figures: this runs on every parent page.</summary>
    public async Task<HeaderFigures> ForAsync(HttpContext http)
    {
        if (await families.CurrentFamilyAsync(http, http.RequestAborted) is not { } family)
        {
            return new HeaderFigures(null, 0);
        }

        var balance = services.GetService<IWalletLedger>() is { } ledger
            ? Euros.Format((await ledger.BalanceAsync(family.Id, http.RequestAborted)).TotalCents)
            : null;
        return new HeaderFigures(balance, await cart.CountAsync(family.Id, http.RequestAborted), await DirectDebitAsync(family.Id, http.RequestAborted));
    }

    private async Task<bool> DirectDebitAsync(Guid familyId, CancellationToken cancellationToken)
    {
        if (!plugins.IsProviderLoaded(DirectDebitProvider))
        {
            return false;
        }

        foreach (var commune in (await families.ValidatedServicesAsync(familyId, cancellationToken)).Select(s => s.Commune).Distinct())
        {
            if (await features.IsInvoiceChannelEnabledAsync(commune, DirectDebitProvider, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }
}
