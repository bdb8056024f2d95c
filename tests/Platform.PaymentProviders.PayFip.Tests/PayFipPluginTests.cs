using Microsoft.Extensions.DependencyInjection;
using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sandboxes.PayFip;
using Xunit;

namespace Platform.PaymentProviders.PayFip.Tests;

public sealed class PayFipPluginTests
{
    private static readonly IPaymentProvider Provider = Build();

    [Fact]
    public void Plugin_registers_the_payfip_provider_without_refunds()
    {
        Assert.Equal("payfip", new PayFipPaymentPlugin().Id);
        Assert.Equal("payfip", Provider.Id);
        Assert.Equal("PayFiP (carte bancaire ou prélèvement unique)", Provider.DisplayName);
        Assert.Equal(PaymentCapabilities.Redirect | PaymentCapabilities.InvoicePayment, Provider.Capabilities);
    }

    [Theory]
    [InlineData("numcli", "123456", true)]
    [InlineData("numcli", "12345", false)]
    [InlineData("numcli", "12345a", false)]
    [InlineData("numcli", "", false)]
    [InlineData("saisie", "T", true)]
    [InlineData("saisie", "X", true)]
    [InlineData("saisie", "W", true)]
    [InlineData("saisie", "M", false)]
    [InlineData("baseUrl", "", true)]
    [InlineData("baseUrl", "https://www.tipi.budget.gouv.fr", true)]
    [InlineData("baseUrl", "www.payfip.gouv.fr", false)]
    public void Settings_schema_checks_each_value(string key, string value, bool accepted)
    {
        var field = Provider.SettingsSchema.Single(f => f.Key == key);

        Assert.Equal(accepted, field.Check(value) is null);
    }

    [Fact]
    public void Sandbox_settings_fit_the_schema_and_point_at_the_simulation()
    {
        var values = PayFipSandbox.SettingsFor(Guid.NewGuid(), new Uri("http://localhost:5000/"));

        Assert.All(Provider.SettingsSchema, f => Assert.Null(f.Check(values.GetValueOrDefault(f.Key))));
        Assert.Equal("http://localhost:5000/sandbox/payfip", values["baseUrl"]);
    }

    [Fact]
    public async Task RefundAsync_is_refused_with_a_French_explanation()
    {
        var outcome = await Provider.RefundAsync(new RefundRequest(Guid.NewGuid(), Guid.NewGuid(), "idop:refdet", 100, "refund:1", "Annulation"), ProviderSettings.None, CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.StartsWith("PayFiP ne permet pas de rembourser en ligne", outcome.Message, StringComparison.Ordinal);
    }

    private static IPaymentProvider Build()
    {
        var services = new ServiceCollection().AddLogging();
        new PayFipPaymentPlugin().ConfigureServices(services);
        return services.BuildServiceProvider().GetRequiredService<IPaymentProvider>();
    }
}
