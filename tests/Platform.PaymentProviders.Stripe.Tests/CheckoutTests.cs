using System.Net;
using Platform.PaymentProviders.Abstractions;

namespace Platform.PaymentProviders.Stripe.Tests;

public sealed class CheckoutTests : IAsyncLifetime
{
    private StripeTestBed bed = null!;

    public async Task InitializeAsync() => bed = await StripeTestBed.StartAsync();

    public async Task DisposeAsync() => await bed.DisposeAsync();

    [Fact]
    public async Task A_session_is_created_for_the_request_with_our_ids_and_idempotency_key()
    {
        var request = bed.NewRequest(1250);

        var redirect = await bed.StartAsync(request);

        Assert.StartsWith("cs_", redirect.ProviderReference);
        var created = Assert.Single(bed.Stripe.Requests, r => r.Method == "POST" && r.Path.EndsWith("/v1/checkout/sessions", StringComparison.Ordinal));
        Assert.Equal($"payment:{request.PaymentId}:create-session", created.IdempotencyKey);
        Assert.Equal("payment", created.Form["mode"]);
        Assert.Equal("eur", created.Form["line_items[0][price_data][currency]"]);
        Assert.Equal("1250", created.Form["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("Cantine de mars", created.Form["line_items[0][price_data][product_data][name]"]);
        Assert.Equal("1", created.Form["line_items[0][quantity]"]);
        Assert.Equal(request.PaymentId.ToString(), created.Form["client_reference_id"]);
        Assert.Equal(request.PaymentId.ToString(), created.Form["metadata[payment_id]"]);
        Assert.Equal(request.RegieId.ToString(), created.Form["metadata[regie_id]"]);
        Assert.Equal("baneins", created.Form["metadata[commune]"]);
        Assert.Equal(request.PaymentId.ToString(), created.Form["payment_intent_data[metadata][payment_id]"]);
        Assert.Equal("parent@example.org", created.Form["customer_email"]);
        Assert.Equal(request.ReturnUrl.AbsoluteUri, created.Form["success_url"]);
        Assert.Equal(request.ReturnUrl.AbsoluteUri, created.Form["cancel_url"]);
        Assert.Equal(PaymentState.Pending, (await bed.StatusAsync(redirect.ProviderReference)).State);
    }

    [Fact]
    public async Task A_paid_session_reads_as_succeeded_for_its_amount_and_its_payment_intent_carries_our_ids()
    {
        var request = bed.NewRequest(2480);
        var redirect = await bed.StartAsync(request);

        using var paid = await bed.AnswerAsync(redirect.Url, "pay");

        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        Assert.Equal(request.ReturnUrl, paid.Headers.Location);
        var status = await bed.StatusAsync(redirect.ProviderReference);
        Assert.Equal(new PaymentOutcome(redirect.ProviderReference, PaymentState.Succeeded, 2480, $"status:{redirect.ProviderReference}:Succeeded"), status);
        var session = await bed.ApiAsync(HttpMethod.Get, $"/v1/checkout/sessions/{redirect.ProviderReference}");
        var intent = await bed.ApiAsync(HttpMethod.Get, $"/v1/payment_intents/{session.GetProperty("payment_intent").GetString()}");
        Assert.Equal("succeeded", intent.GetProperty("status").GetString());
        Assert.Equal(2480, intent.GetProperty("amount_received").GetInt64());
        Assert.Equal(request.PaymentId.ToString(), intent.GetProperty("metadata").GetProperty("payment_id").GetString());
        var completed = bed.Webhooks.Single("checkout.session.completed", redirect.ProviderReference);
        var outcome = await bed.DeliverAsync(CapturedWebhooks.AsCallback(completed));
        Assert.Equal(new PaymentOutcome(redirect.ProviderReference, PaymentState.Succeeded, 2480, completed.EventId), outcome);
    }

    [Fact]
    public async Task A_refused_card_leaves_the_session_open_and_the_payer_can_pay_again()
    {
        var redirect = await bed.StartAsync(bed.NewRequest(990));

        using var refused = await bed.AnswerAsync(redirect.Url, "refuse");

        Assert.Equal(HttpStatusCode.PaymentRequired, refused.StatusCode);
        Assert.Contains("Votre carte a été refusée", await refused.Content.ReadAsStringAsync());
        Assert.Equal(PaymentState.Pending, (await bed.StatusAsync(redirect.ProviderReference)).State);
        var failed = Assert.Single(bed.Webhooks.All, w => w.EventType == "payment_intent.payment_failed");
        Assert.Null(await bed.DeliverAsync(CapturedWebhooks.AsCallback(failed)));

        using var paid = await bed.AnswerAsync(redirect.Url, "pay");

        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        Assert.Equal(PaymentState.Succeeded, (await bed.StatusAsync(redirect.ProviderReference)).State);
        var completed = bed.Webhooks.Single("checkout.session.completed", redirect.ProviderReference);
        Assert.Equal(PaymentState.Succeeded, (await bed.DeliverAsync(CapturedWebhooks.AsCallback(completed)))?.State);
    }

    [Fact]
    public async Task Abandoning_goes_back_to_the_portal_unpaid()
    {
        var request = bed.NewRequest();
        var redirect = await bed.StartAsync(request);

        using var abandoned = await bed.AnswerAsync(redirect.Url, "abandon");

        Assert.Equal(HttpStatusCode.SeeOther, abandoned.StatusCode);
        Assert.Equal(request.ReturnUrl, abandoned.Headers.Location);
        Assert.Equal(PaymentState.Pending, (await bed.StatusAsync(redirect.ProviderReference)).State);
        Assert.Empty(bed.Webhooks.All);
    }

    [Fact]
    public async Task An_expired_session_reads_as_expired_and_takes_no_payment()
    {
        var redirect = await bed.StartAsync(bed.NewRequest(700));

        await bed.ApiAsync(HttpMethod.Post, $"/v1/checkout/sessions/{redirect.ProviderReference}/expire");

        Assert.Equal(PaymentState.Expired, (await bed.StatusAsync(redirect.ProviderReference)).State);
        var expired = bed.Webhooks.Single("checkout.session.expired", redirect.ProviderReference);
        Assert.Equal(new PaymentOutcome(redirect.ProviderReference, PaymentState.Expired, 700, expired.EventId), await bed.DeliverAsync(CapturedWebhooks.AsCallback(expired)));
        using var tooLate = await bed.Browser.PostAsync(redirect.Url, new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "pay" }));
        Assert.Equal(HttpStatusCode.Conflict, tooLate.StatusCode);
        Assert.Contains("expiré", await tooLate.Content.ReadAsStringAsync());
        Assert.Equal(PaymentState.Expired, (await bed.StatusAsync(redirect.ProviderReference)).State);
    }

    [Fact]
    public async Task A_session_left_open_past_its_expiry_reads_as_expired()
    {
        var redirect = await bed.StartAsync(bed.NewRequest(expiresIn: TimeSpan.FromHours(2)));

        bed.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromSeconds(1));

        Assert.Equal(PaymentState.Expired, (await bed.StatusAsync(redirect.ProviderReference)).State);
        bed.Webhooks.Single("checkout.session.expired", redirect.ProviderReference);
    }

    [Theory]
    [InlineData(10, 31, 36)]
    [InlineData(48 * 60, 24 * 60 - 5, 24 * 60)]
    public async Task The_session_lives_between_31_minutes_and_24_hours_and_the_host_is_told_when_it_ends(int askedMinutes, int atLeast, int atMost)
    {
        var now = bed.Clock.GetUtcNow();

        var redirect = await bed.StartAsync(bed.NewRequest(expiresIn: TimeSpan.FromMinutes(askedMinutes)));

        Assert.NotNull(redirect.ExpiresAt);
        Assert.InRange(redirect.ExpiresAt.Value, now.AddMinutes(atLeast), now.AddMinutes(atMost));
    }

    [Fact]
    public async Task A_session_asked_to_last_two_hours_ends_when_asked()
    {
        var request = bed.NewRequest(expiresIn: TimeSpan.FromHours(2));

        var redirect = await bed.StartAsync(request);

        Assert.Equal(request.ExpiresAt.ToUnixTimeSeconds(), redirect.ExpiresAt?.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Starting_the_same_payment_again_replays_the_same_session()
    {
        var request = bed.NewRequest();

        var first = await bed.StartAsync(request);
        var again = await bed.StartAsync(request);

        Assert.Equal(first.ProviderReference, again.ProviderReference);
        Assert.Equal(first.Url, again.Url);
        var creations = bed.Stripe.Requests.Where(r => r.Path.EndsWith("/v1/checkout/sessions", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, creations.Count);
        Assert.All(creations, r => Assert.Equal($"payment:{request.PaymentId}:create-session", r.IdempotencyKey));
    }

    [Fact]
    public async Task The_same_idempotency_key_with_another_amount_is_refused_in_french()
    {
        var request = bed.NewRequest(1250);
        await bed.StartAsync(request);

        var start = await bed.Provider.StartAsync(request with { AmountCents = 1300 }, bed.Settings, CancellationToken.None);

        var refused = Assert.IsType<PaymentStart.Refused>(start);
        Assert.Contains("indisponible", refused.Message);
    }

    [Fact]
    public async Task A_wrong_secret_key_is_refused_in_french()
    {
        var settings = new ProviderSettings(new Dictionary<string, string>(bed.Settings.Values) { ["secretKey"] = "sk_live_not_a_key_of_the_simulation" });

        var start = await bed.Provider.StartAsync(bed.NewRequest(), settings, CancellationToken.None);

        Assert.IsType<PaymentStart.Refused>(start);
        Assert.Equal("sk_live_not_a_key_of_the_simulation", Assert.Single(bed.Stripe.Requests).ApiKey);
    }

    [Fact]
    public async Task Only_euros_are_taken()
    {
        var start = await bed.Provider.StartAsync(bed.NewRequest() with { Currency = "CHF" }, bed.Settings, CancellationToken.None);

        Assert.Equal("Le paiement par carte n'accepte que les montants en euros.", Assert.IsType<PaymentStart.Refused>(start).Message);
        Assert.Empty(bed.Stripe.Requests);
    }
}
