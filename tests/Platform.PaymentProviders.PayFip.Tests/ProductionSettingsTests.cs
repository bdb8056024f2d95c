using Microsoft.Extensions.DependencyInjection;
using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.PayFip;
using Xunit;

namespace Platform.PaymentProviders.PayFip.Tests;

/// <summary>In Production a régie's PayFiP settings must take real money: the test mode or a plain-http service is refused.</summary>
public sealed class ProductionSettingsTests
{
    private static readonly IProviderSettingsCheck Check = Provider();

    [Theory]
    [InlineData("T", null, false)]
    [InlineData("W", "http://127.0.0.1:9/sandbox/payfip", false)]
    [InlineData("X", null, true)]
    [InlineData("W", "https://www.payfip.gouv.fr", true)]
    public void The_test_mode_and_plain_http_services_are_refused_in_production(string saisie, string? baseUrl, bool usable)
    {
        var values = new Dictionary<string, string> { ["numcli"] = "123456", ["saisie"] = saisie };
        if (baseUrl is not null)
        {
            values["baseUrl"] = baseUrl;
        }

        Assert.Equal(usable, Check.Check(new ProviderSettings(values), production: true).Count == 0);
        Assert.Empty(Check.Check(new ProviderSettings(values), production: false));
    }

    private static IProviderSettingsCheck Provider()
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
        new PayFipPaymentPlugin().ConfigureServices(services);
        return (IProviderSettingsCheck)services.BuildServiceProvider().GetRequiredService<IPaymentProvider>();
    }
}
