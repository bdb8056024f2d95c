using Microsoft.Extensions.DependencyInjection;

namespace Platform.PaymentProviders.Abstractions;

/// <summary>A payment channel. Implementations hold no business data: they get a request and return an outcome.</summary>
public interface IPaymentProvider
{
    /// <summary>Lower-case id, equal to the id in plugin.json ("wallet", "stripe").</summary>
    string Id { get; }

    /// <summary>The name a parent reads on the payment button ("Porte-monnaie", "Carte bancaire").</summary>
    string DisplayName { get; }

    PaymentCapabilities Capabilities { get; }

    /// <summary>What an agent enters for each régie (keys, client number); empty when the provider needs nothing.
    /// The host stores the values encrypted and hands them back in <see cref="ProviderSettings"/>.</summary>
    IReadOnlyList<ProviderSettingField> SettingsSchema { get; }

    Task<PaymentStart> StartAsync(PaymentRequest request, ProviderSettings settings, CancellationToken cancellationToken);

    /// <summary>Reads a notification. It is a hint: verify it (signature) or confirm it with <see cref="GetStatusAsync"/>.</summary>
    Task<PaymentOutcome?> HandleCallbackAsync(ProviderCallback callback, ProviderSettings settings, CancellationToken cancellationToken);

    Task<PaymentOutcome> GetStatusAsync(string providerReference, ProviderSettings settings, CancellationToken cancellationToken);

    Task<RefundOutcome> RefundAsync(RefundRequest request, ProviderSettings settings, CancellationToken cancellationToken);
}

/// <summary>The entry point the host finds in a provider plugin assembly: exactly one per plugin.</summary>
public interface IPaymentProviderPlugin
{
    string Id { get; }

    /// <summary>Registers the provider (as <see cref="IPaymentProvider"/>) and whatever it needs privately.</summary>
    void ConfigureServices(IServiceCollection services);
}
