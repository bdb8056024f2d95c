using Platform.PaymentProviders.Abstractions;

namespace Platform.PaymentProviders.Sepa.Application;

/// <summary>Host port: the régies a family pays (through the services it uses) that collect by SEPA direct debit, with
/// the settings an agent entered for this provider. Needed by the parents' mandate pages.</summary>
public interface ISepaCreditorSettings
{
    Task<IReadOnlyList<SepaRegie>> ForFamilyAsync(Guid familyId, CancellationToken cancellationToken);
}

/// <param name="Settings">The "sepa" provider settings of the régie (keys of <see cref="Settings.SepaSettings"/>).</param>
public sealed record SepaRegie(Guid RegieId, string Name, ProviderSettings Settings);
