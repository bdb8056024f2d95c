using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Modularity;
using Platform.PaymentProviders.Sandboxes.PayFip;
using Platform.PaymentProviders.Sandboxes.Stripe;

namespace Platform.PaymentProviders.Sandboxes;

/// <summary>The demo's simulated card gateway and PayFiP, answering under /sandbox/ on the platform itself.</summary>
public sealed class SandboxPlugin : IPaymentSandboxPlugin
{
    public string Id => "sandboxes";

    public void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(provider => SandboxSecret.LoadOrCreate(Path.Combine(provider.GetRequiredService<ModuleContext>().DataDirectory, "sandbox-secret")));
        StripeSandbox.AddServices(services);
        PayFipSandbox.AddServices(services);
        services.AddSingleton<IPaymentSandbox, SandboxSettings>();
    }

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        StripeSandbox.Map(routes);
        PayFipSandbox.Map(routes);
    }

    private sealed class SandboxSettings(FakeStripe stripe) : IPaymentSandbox
    {
        public IReadOnlyDictionary<string, string>? SettingsFor(string providerId, Guid regieId, Uri publicBase) => providerId switch
        {
            "stripe" => StripeSandbox.SettingsFor(stripe, regieId, publicBase),
            "payfip" => PayFipSandbox.SettingsFor(regieId, publicBase),
            _ => null,
        };
    }
}
