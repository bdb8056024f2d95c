using Platform.Core.Tenancy;

namespace Platform.Core.Modularity;

/// <summary>Optional: a module's part of the demo data, run once on an empty database when Demo:Enabled is true.</summary>
public interface IDemoSeed
{
    Task SeedAsync(DemoScenario scenario, CancellationToken cancellationToken);

    /// <summary>Seeds run in this order (then in load order): a seed reading what others made comes after them (Billing
    /// invoices the demo's past months). Platform API 1.5.</summary>
    int Order => 0;
}

/// <param name="FamilyId">The demo parent's family.</param>
/// <param name="Services">Every service the demo created.</param>
/// <param name="Today">Today in Europe/Paris.</param>
public sealed record DemoScenario(Guid FamilyId, IReadOnlyList<ServiceSummary> Services, DateOnly Today);
