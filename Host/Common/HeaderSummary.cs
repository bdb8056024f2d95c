using Platform.Core.Application;
using Platform.Core.Tenancy;
using Platform.Core.Wallet;

namespace Platform.Host.Common;

/// <summary>What the header shows a signed-in parent: the wallet balance (when the Wallet module is loaded) and the cart.</summary>
public sealed class HeaderSummary(IFamilyDirectory families, IServiceProvider services, Ordering.CartService cart, Plugins.LoadedPlugins plugins)
{
    public bool Loaded(string moduleId) => plugins.IsLoaded(moduleId);

    public async Task<int> CartCountAsync(HttpContext http) =>
        await families.CurrentFamilyAsync(http, http.RequestAborted) is { } family ? await cart.CountAsync(family.Id, http.RequestAborted) : 0;

    public async Task<string?> WalletBalanceAsync(HttpContext http)
    {
        if (services.GetService<IWalletLedger>() is not { } ledger || await families.CurrentFamilyAsync(http, http.RequestAborted) is not { } family)
        {
            return null;
        }

        return Euros.Format((await ledger.BalanceAsync(family.Id, http.RequestAborted)).TotalCents);
    }
}
