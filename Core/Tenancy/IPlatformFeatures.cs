namespace Platform.Core.Tenancy;

/// <summary>Which modules each commune enables. Kept in the database; checked on every request and job.</summary>
public interface IPlatformFeatures
{
    Task<bool> IsModuleEnabledAsync(string commune, string moduleId, CancellationToken cancellationToken);

    /// <summary>Whether the commune offers this payment provider to pay invoices (not at checkout).</summary>
    Task<bool> IsInvoiceChannelEnabledAsync(string commune, string providerId, CancellationToken cancellationToken);

    /// <summary>Whether the régie takes payment at checkout from the family's wallet (a channel paying at once, enabled
    /// for the commune and configured for the régie): only then is money credited there money the family can spend.
    /// Platform API 1.4.</summary>
    Task<bool> AcceptsWalletAsync(string commune, Guid regieId, CancellationToken cancellationToken);
}
