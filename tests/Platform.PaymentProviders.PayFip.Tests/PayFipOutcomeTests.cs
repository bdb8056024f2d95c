using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sandboxes.PayFip;
using Xunit;

namespace Platform.PaymentProviders.PayFip.Tests;

public sealed class PayFipOutcomeTests : PayFipTestBase
{
    [Theory]
    [InlineData("P", PaymentState.Succeeded)]
    [InlineData("V", PaymentState.Succeeded)]
    [InlineData("R", PaymentState.Failed)]
    [InlineData("Z", PaymentState.Failed)]
    [InlineData("A", PaymentState.Cancelled)]
    public async Task GetStatus_after_the_payers_answer_maps_resultrans(string resultrans, PaymentState expected)
    {
        var redirect = await World.StartPaymentAsync(PayFipWorld.NewRequest(1250));
        await World.AnswerAsync(redirect, resultrans);

        var outcome = await World.StatusAsync(redirect.ProviderReference);

        var idOp = redirect.ProviderReference.Split(':')[0];
        Assert.Equal(new PaymentOutcome(redirect.ProviderReference, expected, 1250, $"payfip:{idOp}:{resultrans}"), outcome);
    }

    [Fact]
    public async Task GetStatus_abandoned_then_paid_reads_as_a_later_success()
    {
        var redirect = await World.StartPaymentAsync(PayFipWorld.NewRequest(900));
        await World.AnswerAsync(redirect, "A");
        var abandoned = await World.StatusAsync(redirect.ProviderReference);

        World.Clock.Advance(TimeSpan.FromMinutes(5));
        await World.AnswerAsync(redirect, "P");
        var paid = await World.StatusAsync(redirect.ProviderReference);

        Assert.Equal(PaymentState.Cancelled, abandoned.State);
        Assert.Equal(PaymentState.Succeeded, paid.State);
        Assert.NotEqual(abandoned.EventId, paid.EventId);
        Assert.True(PaymentStateMachine.CanMove(abandoned.State, paid.State));
    }

    [Fact]
    public async Task GetStatus_before_the_payer_answers_is_pending()
    {
        var redirect = await World.StartPaymentAsync(PayFipWorld.NewRequest());

        var outcome = await World.StatusAsync(redirect.ProviderReference);

        Assert.Equal(PaymentState.Pending, outcome.State);
        Assert.Null(outcome.AmountCents);
        Assert.EndsWith(":P5", outcome.EventId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStatus_of_an_unknown_idOp_is_expired()
    {
        var reference = $"{Guid.NewGuid()}:{PayFipFields.Refdet(Guid.NewGuid())}";

        var outcome = await World.StatusAsync(reference);

        Assert.Equal(PaymentState.Expired, outcome.State);
        Assert.Equal(reference, outcome.ProviderReference);
        Assert.EndsWith(":P1", outcome.EventId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStatus_of_an_unpaid_idOp_purged_after_a_day_is_expired()
    {
        var redirect = await World.StartPaymentAsync(PayFipWorld.NewRequest());

        World.Clock.Advance(FakePayFip.PurgeDelay);

        Assert.Equal(PaymentState.Expired, (await World.StatusAsync(redirect.ProviderReference)).State);
    }

    [Fact]
    public async Task GetStatus_reports_a_tampered_amount_as_it_is_for_the_host_to_flag()
    {
        var redirect = await World.StartPaymentAsync(PayFipWorld.NewRequest(1250));
        await World.AnswerAsync(redirect, "P");
        World.Fake.TamperedMontant = 125;

        var outcome = await World.StatusAsync(redirect.ProviderReference);

        Assert.Equal(PaymentState.Succeeded, outcome.State);
        Assert.Equal(125, outcome.AmountCents);
    }

    [Fact]
    public async Task The_browser_return_carries_the_idOp_and_is_never_read_as_proof()
    {
        var request = PayFipWorld.NewRequest();
        var redirect = await World.StartPaymentAsync(request);

        var back = await World.AnswerAsync(redirect, "R");

        var idOp = redirect.ProviderReference.Split(':')[0];
        Assert.Equal(new Uri($"{request.ReturnUrl.AbsoluteUri}?idop={idOp}"), back);
        var (urlnotif, _) = Assert.Single(World.Notifications.Delivered);
        Assert.Equal(request.CallbackUrl, urlnotif);
    }
}
