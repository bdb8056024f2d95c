using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sandboxes.Stripe;

namespace Platform.PaymentProviders.Stripe.Tests;

public sealed class WebhookTests : IAsyncLifetime
{
    private StripeTestBed bed = null!;

    public async Task InitializeAsync() => bed = await StripeTestBed.StartAsync();

    public async Task DisposeAsync() => await bed.DisposeAsync();

    [Fact]
    public async Task A_notification_delivered_ten_times_is_the_same_event_every_time()
    {
        var completed = await CompletedAsync();

        var outcomes = new List<PaymentOutcome?>();
        for (var delivery = 0; delivery < 10; delivery++)
        {
            outcomes.Add(await bed.DeliverAsync(CapturedWebhooks.AsCallback(completed)));
        }

        Assert.All(outcomes, outcome => Assert.Equal(new PaymentOutcome(completed.ObjectId, PaymentState.Succeeded, 1250, completed.EventId), outcome));
    }

    [Fact]
    public async Task A_late_expiry_event_after_the_payment_still_reads_as_succeeded()
    {
        var completed = await CompletedAsync();
        var staleCopy = $$$$"""{"id":"evt_late_expiry","object":"event","livemode":false,"type":"checkout.session.expired","data":{"object":{"id":"{{{{completed.ObjectId}}}}","object":"checkout.session","status":"expired","payment_status":"unpaid"}}}""";

        var late = await bed.DeliverAsync(bed.Signed(staleCopy));
        var first = await bed.DeliverAsync(CapturedWebhooks.AsCallback(completed));

        Assert.Equal(new PaymentOutcome(completed.ObjectId, PaymentState.Succeeded, 1250, "evt_late_expiry"), late);
        Assert.Equal(PaymentState.Succeeded, first?.State);
    }

    [Fact]
    public async Task A_tampered_body_is_ignored()
    {
        var completed = await CompletedAsync();

        var outcome = await bed.DeliverAsync(CapturedWebhooks.AsCallback(completed.Payload.Replace("\"livemode\":false", "\"livemode\":false ", StringComparison.Ordinal), completed.SignatureHeader));

        Assert.Null(outcome);
    }

    [Fact]
    public async Task A_notification_signed_with_another_secret_is_ignored()
    {
        var completed = await CompletedAsync();

        var outcome = await bed.DeliverAsync(CapturedWebhooks.AsCallback(completed.Payload, StripeWebhookSigner.Header(completed.Payload, "whsec_another_endpoint", bed.Clock.GetUtcNow())));

        Assert.Null(outcome);
    }

    [Fact]
    public async Task A_notification_older_than_five_minutes_is_ignored()
    {
        var completed = await CompletedAsync();

        bed.Clock.Advance(TimeSpan.FromSeconds(301));

        Assert.Null(await bed.DeliverAsync(CapturedWebhooks.AsCallback(completed)));
    }

    [Fact]
    public async Task A_notification_a_little_under_five_minutes_old_is_taken()
    {
        var completed = await CompletedAsync();

        bed.Clock.Advance(TimeSpan.FromSeconds(299));

        Assert.Equal(PaymentState.Succeeded, (await bed.DeliverAsync(CapturedWebhooks.AsCallback(completed)))?.State);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1=00ff")]
    [InlineData("t=notanumber,v1=00ff")]
    [InlineData("t=1700000000")]
    public async Task An_unsigned_or_malformed_signature_is_ignored(string? header)
    {
        var completed = await CompletedAsync();

        Assert.Null(await bed.DeliverAsync(CapturedWebhooks.AsCallback(completed.Payload, header)));
    }

    [Fact]
    public async Task During_a_secret_rotation_any_of_the_signatures_may_match()
    {
        var completed = await CompletedAsync();
        var timestamp = bed.Clock.GetUtcNow().ToUnixTimeSeconds();
        var header = $"t={timestamp},v1={StripeWebhookSigner.Signature(completed.Payload, "whsec_old_secret", timestamp)},"
            + $"v1={StripeWebhookSigner.Signature(completed.Payload, bed.Settings.Require("webhookSecret"), timestamp)},v0=ignored";

        var outcome = await bed.DeliverAsync(CapturedWebhooks.AsCallback(completed.Payload, header));

        Assert.Equal(completed.EventId, outcome?.EventId);
    }

    [Fact]
    public async Task A_live_event_is_ignored_by_a_test_key()
    {
        var completed = await CompletedAsync();
        var live = completed.Payload.Replace("\"livemode\":false", "\"livemode\":true", StringComparison.Ordinal);

        Assert.Null(await bed.DeliverAsync(bed.Signed(live)));
    }

    [Theory]
    [InlineData("""{"id":"evt_1","object":"event","livemode":false,"type":"charge.refunded","data":{"object":{"id":"ch_1","object":"charge"}}}""")]
    [InlineData("""{"id":"evt_2","object":"event","livemode":false,"type":"checkout.session.completed","data":{}}""")]
    [InlineData("""not json""")]
    public async Task A_signed_but_irrelevant_notification_is_ignored(string payload)
    {
        Assert.Null(await bed.DeliverAsync(bed.Signed(payload)));
    }

    private async Task<StripeWebhook> CompletedAsync()
    {
        var reference = await bed.PaidSessionAsync(1250);
        return bed.Webhooks.Single("checkout.session.completed", reference);
    }
}
