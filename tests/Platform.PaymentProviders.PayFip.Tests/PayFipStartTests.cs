using Platform.PaymentProviders.Abstractions;
using Xunit;

namespace Platform.PaymentProviders.PayFip.Tests;

public sealed class PayFipStartTests : PayFipTestBase
{
    [Fact]
    public async Task StartAsync_redirects_to_the_payment_page_of_the_created_idOp()
    {
        var request = PayFipWorld.NewRequest();

        var redirect = await World.StartPaymentAsync(request);

        var idOp = redirect.ProviderReference.Split(':')[0];
        Assert.True(Guid.TryParse(idOp, out _));
        Assert.Equal($"{idOp}:{PayFipFields.Refdet(request.PaymentId)}", redirect.ProviderReference);
        Assert.Equal(new Uri(World.Server.BaseAddress, $"/tpa/paiementws.web?idop={idOp}"), redirect.Url);
        Assert.Null(redirect.ExpiresAt);
    }

    [Fact]
    public async Task StartAsync_gives_each_attempt_its_own_refdet()
    {
        var first = await World.StartPaymentAsync(PayFipWorld.NewRequest());
        var second = await World.StartPaymentAsync(PayFipWorld.NewRequest());

        Assert.NotEqual(first.ProviderReference.Split(':')[1], second.ProviderReference.Split(':')[1]);
    }

    [Fact]
    public async Task StartAsync_with_an_email_PayFiP_refuses_is_refused_in_French()
    {
        var start = await World.Provider.StartAsync(PayFipWorld.NewRequest(email: "parent.example.org"), World.Settings, CancellationToken.None);

        var refused = Assert.IsType<PaymentStart.Refused>(start);
        Assert.Equal("PayFiP n'accepte pas l'adresse e-mail « parent.example.org ». Corrigez-la dans votre compte puis recommencez le paiement.", refused.Message);
    }

    [Fact]
    public async Task StartAsync_refused_for_its_refdet_is_refused_in_French()
    {
        World.Fake.CreationFault = "R3";

        var start = await World.Provider.StartAsync(PayFipWorld.NewRequest(), World.Settings, CancellationToken.None);

        var refused = Assert.IsType<PaymentStart.Refused>(start);
        Assert.StartsWith("PayFiP n'accepte pas la référence de ce paiement.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_with_another_functional_fault_quotes_PayFiPs_label()
    {
        World.Fake.CreationFault = "X9";

        var refused = Assert.IsType<PaymentStart.Refused>(await World.Provider.StartAsync(PayFipWorld.NewRequest(), World.Settings, CancellationToken.None));

        Assert.Equal("PayFiP a refusé ce paiement (X9 : Erreur forcée par la simulation.). Recommencez plus tard ou prévenez la régie.", refused.Message);
    }

    [Fact]
    public async Task StartAsync_in_another_currency_is_refused_without_calling_PayFiP()
    {
        var start = await World.Provider.StartAsync(PayFipWorld.NewRequest() with { Currency = "CHF" }, World.Settings, CancellationToken.None);

        Assert.IsType<PaymentStart.Refused>(start);
        Assert.Empty(World.Fake.Requests);
    }

    [Fact]
    public async Task StartAsync_on_a_technical_fault_throws_for_the_host_to_ask_for_a_retry()
    {
        var start = () => World.Provider.StartAsync(PayFipWorld.NewRequest(cents: 0), World.Settings, CancellationToken.None);

        await Assert.ThrowsAsync<PayFipUnavailableException>(start);
    }

    [Fact]
    public async Task StartAsync_when_PayFiP_is_unreachable_throws()
    {
        var nowhere = new ProviderSettings(new Dictionary<string, string> { ["numcli"] = PayFipWorld.Numcli, ["saisie"] = "T", ["baseUrl"] = "http://127.0.0.1:9" });

        await Assert.ThrowsAsync<PayFipUnavailableException>(() => World.Provider.StartAsync(PayFipWorld.NewRequest(), nowhere, CancellationToken.None));
    }
}
