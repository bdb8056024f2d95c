using Microsoft.Extensions.DependencyInjection;
using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Stripe;
using Xunit;

namespace Platform.PaymentProviders.Stripe.Tests;

/// <summary>In Production a régie's Stripe settings must take real money: a test key or another API is refused.</summary>
public sealed class ProductionSettingsTests
{
    private static readonly IProviderSettingsCheck Check = Provider();

    [Theory]
    [InlineData("sk_test_51Abc", null, false)]
    [InlineData("sk_live_51Abc", "http://127.0.0.1:9/sandbox/stripe", false)]
    [InlineData("sk_live_51Abc", null, true)]
    [InlineData("sk_live_51Abc", "https://api.stripe.com", true)]
    public void Only_live_keys_on_stripes_own_api_are_usable_in_production(string key, string? apiBase, bool usable)
    {
        var values = new Dictionary<string, string> { ["secretKey"] = key, ["webhookSecret"] = "whsec_abc" };
        if (apiBase is not null)
        {
            values["apiBase"] = apiBase;
        }

        Assert.Equal(usable, Check.Check(new ProviderSettings(values), production: true).Count == 0);
        Assert.Empty(Check.Check(new ProviderSettings(values), production: false));
    }

    private static IProviderSettingsCheck Provider()
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
        new StripePaymentPlugin().ConfigureServices(services);
        return (IProviderSettingsCheck)services.BuildServiceProvider().GetRequiredService<IPaymentProvider>();
    }
}
