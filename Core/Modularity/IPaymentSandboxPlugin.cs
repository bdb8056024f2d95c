using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Core.Modularity;

/// <summary>Entry point of a sandbox plugin (kind "sandbox" in plugins.json): local simulations of payment providers for
/// the demo and developers' machines. The host refuses to load one in the Production environment.</summary>
public interface IPaymentSandboxPlugin
{
    string Id { get; }

    /// <summary>Registers the simulations and one <see cref="IPaymentSandbox"/>.</summary>
    void ConfigureServices(IServiceCollection services);

    /// <summary>Maps the simulated provider APIs and pages, under /sandbox/.</summary>
    void MapEndpoints(IEndpointRouteBuilder routes);
}

/// <summary>Settings that point a payment provider at its simulation, used for a régie that has no real settings.</summary>
public interface IPaymentSandbox
{
    /// <summary>The values (same keys as the provider's settings schema), or null when this provider is not simulated.</summary>
    /// <param name="publicBase">The platform's own address ("http://localhost:5080"), where the simulations answer.</param>
    IReadOnlyDictionary<string, string>? SettingsFor(string providerId, Guid regieId, Uri publicBase);
}
