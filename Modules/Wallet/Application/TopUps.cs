using Microsoft.Extensions.Configuration;
using Platform.Core.Application;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;

namespace Platform.Modules.Wallet.Application;

public sealed record TopUpRegie(Guid RegieId, string Commune, string CommuneName);

/// <summary>Orders a top-up of the family's wallet, paid by card (or PayFiP) on the order page: a pack or a free amount
/// within the collectivité's bounds, for one of the régies of the family's services.</summary>
public sealed class TopUps(IFamilyDirectory families, IPlatformFeatures features, IOrderDesk desk, IConfiguration configuration)
{
    public static readonly long[] PackCents = [100, 500, 1000, 2500, 5000];

    /// <summary>Why no top-up can be bought.</summary>
    public const string NoRegie =
        "Le porte-monnaie se recharge auprès d'une régie qui l'accepte, une fois l'accès de votre famille à l'un de ses services validé.";

    public long MinimumCents => configuration.GetValue("Wallet:TopUp:MinimumCents", 100L);

    public long MaximumCents => configuration.GetValue("Wallet:TopUp:MaximumCents", 20000L);

    /// <summary>The régies a family can top up for: those of the services it has a validated access to, in communes that
    /// offer the wallet, when the régie takes it at checkout (credits elsewhere could never be spent).</summary>
    public async Task<IReadOnlyList<TopUpRegie>> RegiesAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var regies = new List<TopUpRegie>();
        foreach (var service in await families.ValidatedServicesAsync(familyId, cancellationToken))
        {
            if (regies.All(r => r.RegieId != service.RegieId)
                && await features.IsModuleEnabledAsync(service.Commune, WalletModule.ModuleId, cancellationToken)
                && await features.AcceptsWalletAsync(service.Commune, service.RegieId, cancellationToken))
            {
                regies.Add(new TopUpRegie(service.RegieId, service.Commune, service.CommuneName));
            }
        }

        return regies;
    }

    /// <param name="regieId">May be omitted when the family has a single régie.</param>
    /// <returns>The order to pay.</returns>
    public async Task<AppResult<Guid>> PlaceAsync(Guid familyId, Guid? regieId, long cents, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        var regies = await RegiesAsync(familyId, cancellationToken);
        var regie = regies.FirstOrDefault(r => r.RegieId == regieId) ?? (regieId is null && regies.Count == 1 ? regies[0] : null);
        if (regies.Count == 0)
        {
            errors.Add("RegieId", TopUps.NoRegie);
        }
        else if (regie is null)
        {
            errors.Add("RegieId", "Choisissez la régie à qui verser ce montant.");
        }

        if (cents < MinimumCents || cents > MaximumCents)
        {
            errors.Add("Cents", $"Le montant doit être compris entre {Euros.Format(MinimumCents)} et {Euros.Format(MaximumCents)}.");
        }

        if (errors.Any)
        {
            return errors;
        }

        return await desk.PlaceAsync(
            familyId,
            new DirectOrder(TopUpPurpose.OrderKind, WalletModule.ModuleId, regie!.RegieId, regie.Commune, cents, $"Rechargement du porte-monnaie de {Euros.Format(cents)}"),
            cancellationToken);
    }
}
