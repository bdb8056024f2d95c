using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.PaymentProviders.Abstractions;

namespace Platform.PaymentProviders.PayFip;

/// <summary>The plugin entry the host finds: registers the PayFiP provider and its SOAP client.</summary>
public sealed class PayFipPaymentPlugin : IPaymentProviderPlugin
{
    public string Id => PayFipPaymentProvider.ProviderId;

    public void ConfigureServices(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PayFipSoapClient>();
        services.AddSingleton<IPaymentProvider, PayFipPaymentProvider>();
    }
}
