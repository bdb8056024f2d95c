using Platform.Core.Tenancy;
using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sepa.Settings;

namespace Platform.PaymentProviders.Sepa.Application;

/// <summary>The régies of the services a family uses whose commune collects invoices by SEPA direct debit, with their
/// SEPA settings; a régie whose agent has not entered them yet is left out.</summary>
internal sealed class SepaCreditors(IFamilyDirectory families, IPlatformFeatures features, IRegiePaymentSettings settings)
    : ISepaCreditorSettings
{
    public async Task<IReadOnlyList<SepaRegie>> ForFamilyAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var regies = new List<SepaRegie>();
        foreach (var service in await families.ValidatedServicesAsync(familyId, cancellationToken))
        {
            if (regies.Any(r => r.RegieId == service.RegieId)
                || !await features.IsInvoiceChannelEnabledAsync(service.Commune, SepaPaymentProvider.ProviderId, cancellationToken)
                || await settings.ForAsync(SepaPaymentProvider.ProviderId, service.RegieId, cancellationToken) is not { } values)
            {
                continue;
            }

            var regieSettings = new ProviderSettings(values);
            regies.Add(new SepaRegie(service.RegieId, regieSettings.Get(SepaSettings.CreditorName) ?? service.CommuneName, regieSettings));
        }

        return regies;
    }
}
