using Platform.Core.Application;
using Platform.Core.Tenancy;
using Platform.Core.Wallet;

namespace Platform.Host.Common;

/// <summary>What the header shows a signed-in parent: the wallet balance (when the Wallet module is loaded) and the
/// number of lines in the cart.</summary>
public sealed record HeaderFigures(string? WalletBalance, int CartCount);

public sealed class HeaderSummary(IFamilyDirectory families, IServiceProvider services, Ordering.CartService cart, Plugins.LoadedPlugins plugins)
{
    public bool Loaded(string moduleId) => plugins.IsLoaded(moduleId);

    public bool ProviderLoaded(string providerId) => plugins.IsProviderLoaded(providerId);

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
        return new HeaderFigures(balance, await cart.CountAsync(family.Id, http.RequestAborted));
    }
}
