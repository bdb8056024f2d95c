namespace Platform.Core.Tenancy;

/// <summary>Which modules each commune enables. Kept in the database; checked on every request and job.</summary>
public interface IPlatformFeatures
{
    Task<bool> IsModuleEnabledAsync(string commune, string moduleId, CancellationToken cancellationToken);

    /// <summary>Whether the commune offers this payment provider to pay invoices (not at checkout).</summary>
    Task<bool> IsInvoiceChannelEnabledAsync(string commune, string providerId, CancellationToken cancellationToken);
}
