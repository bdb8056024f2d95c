using Platform.PaymentProviders.Abstractions;

namespace Platform.PaymentProviders.Stripe.Tests;

public sealed class RefundTests : IAsyncLifetime
{
    private StripeTestBed bed = null!;

    public async Task InitializeAsync() => bed = await StripeTestBed.StartAsync();

    public async Task DisposeAsync() => await bed.DisposeAsync();

    [Fact]
    public async Task A_full_refund_gives_everything_back_and_nothing_more()
    {
        var reference = await bed.PaidSessionAsync(2000);

        var full = await RefundAsync(reference, 2000, "refund:1");
        var more = await RefundAsync(reference, 1, "refund:2");

        Assert.Equal(new RefundOutcome(true, null), full);
        Assert.False(more.Succeeded);
        Assert.Equal("Ce montant dépasse ce qui reste à rembourser sur ce paiement par carte.", more.Message);
    }

    [Fact]
    public async Task Partial_refunds_add_up_to_the_amount_paid()
    {
        var reference = await bed.PaidSessionAsync(2000);

        Assert.True((await RefundAsync(reference, 500, "refund:1")).Succeeded);
        Assert.True((await RefundAsync(reference, 700, "refund:2")).Succeeded);
        var tooMuch = await RefundAsync(reference, 801, "refund:3");
        var rest = await RefundAsync(reference, 800, "refund:4");

        Assert.False(tooMuch.Succeeded);
        Assert.Contains("dépasse", tooMuch.Message);
        Assert.True(rest.Succeeded, rest.Message);
    }

    [Fact]
    public async Task A_refund_retried_with_its_reference_is_taken_once()
    {
        var reference = await bed.PaidSessionAsync(2000);

        var refund = new RefundRequest(Guid.NewGuid(), Guid.NewGuid(), reference, 500, "refund:once", "Réservation annulée");

        Assert.True((await bed.Provider.RefundAsync(refund, bed.Settings, CancellationToken.None)).Succeeded);
        Assert.True((await bed.Provider.RefundAsync(refund, bed.Settings, CancellationToken.None)).Succeeded);

        var refunds = bed.Stripe.Requests.Where(r => r.Path.EndsWith("/v1/refunds", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, refunds.Count);
        Assert.All(refunds, r => Assert.Equal("refund:once", r.IdempotencyKey));
        Assert.All(refunds, r => Assert.Equal("500", r.Form["amount"]));
        Assert.True((await RefundAsync(reference, 1500, "refund:rest")).Succeeded);
    }

    [Fact]
    public async Task An_unpaid_session_has_nothing_to_refund()
    {
        var redirect = await bed.StartAsync(bed.NewRequest(2000));

        var refund = await RefundAsync(redirect.ProviderReference, 500, "refund:1");

        Assert.False(refund.Succeeded);
        Assert.Contains("rien à rembourser", refund.Message);
    }

    private Task<RefundOutcome> RefundAsync(string reference, long cents, string refundReference) =>
        bed.Provider.RefundAsync(new RefundRequest(Guid.NewGuid(), Guid.NewGuid(), reference, cents, refundReference, "Réservation annulée"), bed.Settings, CancellationToken.None);
}
