namespace Platform.Host.Payments;

/// <summary>What an agent entered for one payment provider of one régie (keys, client number), encrypted with ASP.NET
/// Core Data Protection: the database alone never reveals a secret.</summary>
public sealed class RegieProviderSettings
{
    public Guid RegieId { get; set; }

    public required string ProviderId { get; set; }

    /// <summary>The values as protected JSON.</summary>
    public required string ProtectedValues { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid UpdatedBy { get; set; }
}
