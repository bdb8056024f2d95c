using System.Security.Claims;
using Platform.Core.Application;
using Platform.Core.Tenancy;
using Platform.Core.Wallet;

namespace Platform.Modules.Wallet.Application;

public enum CounterMethod
{
    Especes,
    Cheque,
}

/// <param name="ForServiceOnly">True: the credits can only pay this service; false: any service of the collectivité.</param>
public sealed record CounterCreditInput(Guid? FamilyId, Guid? ServiceId, bool ForServiceOnly, long? Cents, string? ReceiptNumber, CounterMethod? Method);

/// <summary>A régie agent records cash or a cheque handed over at the counter, which credits the family's wallet.</summary>
public sealed class CounterPayments(IWalletLedger ledger, IServiceCatalog catalog, IFamilyDirectory families, IPlatformFeatures features)
{
    public const long MaxCents = 1_000_00;

    public async Task<AppResult<WalletBalance>> CreditAsync(ClaimsPrincipal agent, CounterCreditInput input, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        var service = input.ServiceId is { } serviceId && await families.CanActForServiceAsync(agent, serviceId, cancellationToken)
            ? await catalog.FindAsync(serviceId, cancellationToken)
            : null;
        if (service is null)
        {
            errors.Add(nameof(input.ServiceId), "Choisissez un service de vos communes.");
        }
        else if (input.FamilyId is null)
        {
            errors.Add(nameof(input.FamilyId), "Indiquez la famille.");
        }
        else if (!await families.CanServeFamilyAsync(agent, input.FamilyId.Value, service.Id, cancellationToken))
        {
            // The same answer whether the family does not exist or is not one of the agent's: nothing of it is revealed.
            return AppResult<WalletBalance>.NotFound();
        }
        else if (!await features.AcceptsWalletAsync(service.Commune, service.RegieId, cancellationToken))
        {
            errors.Add(nameof(input.ServiceId), "Cette régie n'accepte pas le porte-monnaie : des crédits n'y pourraient rien payer.");
        }

        if (input.Cents is not { } cents || cents is <= 0 or > MaxCents)
        {
            errors.Add(nameof(input.Cents), "Le montant est compris entre 0,01 € et 1 000 €, en centimes (50 € = 5000).");
        }

        errors.Require(nameof(input.ReceiptNumber), input.ReceiptNumber, "Indiquez le numéro du reçu remis à la famille.", 40);
        if (input.Method is null || !Enum.IsDefined(input.Method.Value))
        {
            errors.Add(nameof(input.Method), "Indiquez le moyen de paiement (espèces ou chèque).");
        }

        if (errors.Any)
        {
            return errors;
        }

        var method = input.Method == CounterMethod.Especes ? "espèces" : "chèque";
        var receipt = input.ReceiptNumber!.Trim();
        var result = await ledger.CreditAsync(
            new WalletCredit(
                input.FamilyId!.Value,
                input.ForServiceOnly ? service!.Id : null,
                service!.RegieId,
                input.Cents!.Value,
                $"Paiement au guichet ({method}), reçu n° {receipt}",
                $"counter:{service.RegieId:N}:{receipt}",
                Guid.Parse(agent.FindFirstValue(ClaimTypes.NameIdentifier)!)),
            cancellationToken);
        return result.Status == WalletMovementStatus.AlreadyDone
            ? AppResult<WalletBalance>.Invalid(nameof(input.ReceiptNumber), $"Le reçu n° {receipt} a déjà été enregistré pour cette régie.")
            : AppResult<WalletBalance>.Ok(result.Balance);
    }
}
