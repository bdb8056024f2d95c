using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.PaymentProviders.Sandboxes.Stripe;

/// <summary>The card gateway simulation as the sandbox plugin serves it, under /sandbox/stripe on the platform itself.</summary>
public static class StripeSandbox
{
    public const string Path = "/sandbox/stripe";

    public static void AddServices(IServiceCollection services)
    {
        services.AddHttpClient();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStripeWebhookDelivery, HttpStripeWebhookDelivery>();
        services.TryAddSingleton(_ => SandboxSecret.Random());
        services.AddSingleton<FakeStripe>();
    }

    public static void Map(IEndpointRouteBuilder routes) => routes.ServiceProvider.GetRequiredService<FakeStripe>().Map(routes);

    /// <summary>A test account of its own for each régie, reached at the platform's own address.</summary>
    public static IReadOnlyDictionary<string, string> SettingsFor(FakeStripe stripe, Guid regieId, Uri publicBase)
    {
        var secretKey = stripe.SecretKeyFor($"{regieId:N}");
        return new Dictionary<string, string>
        {
            ["secretKey"] = secretKey,
            ["webhookSecret"] = stripe.WebhookSecretFor(secretKey),
            ["apiBase"] = publicBase.AbsoluteUri.TrimEnd('/') + Path,
        };
    }
}
