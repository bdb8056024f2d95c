using Microsoft.Extensions.DependencyInjection;
using Platform.PaymentProviders.Abstractions;

namespace CounterPayment;

/// <summary>The entry point the host finds in this assembly.</summary>
public sealed class CounterPaymentPlugin : IPaymentProviderPlugin
{
    public string Id => CounterPaymentProvider.ProviderId;

    public void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IPaymentProvider>(new CounterPaymentProvider(TimeProvider.System));
}
