using Microsoft.Extensions.DependencyInjection;
using Platform.PaymentProviders.Abstractions;

namespace Platform.PaymentProviders.Stripe;

/// <summary>Registers the card payment provider. It needs the host's <see cref="TimeProvider"/> and logging.</summary>
public sealed class StripePaymentPlugin : IPaymentProviderPlugin
{
    public string Id => StripePaymentProvider.ProviderId;

    public void ConfigureServices(IServiceCollection services) => services.AddSingleton<IPaymentProvider, StripePaymentProvider>();
}
