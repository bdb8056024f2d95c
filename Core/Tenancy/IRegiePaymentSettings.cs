namespace Platform.Core.Tenancy;

/// <summary>Read port over the settings each régie stored for a payment provider (decrypted), for plugins whose pages
/// need them (the SEPA mandate shows the régie's creditor name and identifier). Implemented by the host.</summary>
public interface IRegiePaymentSettings
{
    /// <summary>The values (keys of the provider's settings schema) but its secrets, or null when the régie has none for it.</summary>
    Task<IReadOnlyDictionary<string, string>?> ForAsync(string providerId, Guid regieId, CancellationToken cancellationToken);
}
