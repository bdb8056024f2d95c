using Platform.PaymentProviders.Abstractions;
using Xunit;

namespace Platform.PaymentProviders.Testing;

/// <summary>How the payer answers on the provider's side, for a redirect provider (the hosted page's buttons).</summary>
public enum PayerAnswer
{
    Pay,
    Refuse,
    Abandon,
}

/// <summary>The contract every payment provider keeps. Derive a test class, say how to build the provider and play the
/// payer, and these tests run against it. Amounts are euro cents.</summary>
public abstract class PaymentProviderContract
{
    /// <summary>The provider under test, wired to whatever it talks to (a loopback fake, a test database).</summary>
    protected abstract IPaymentProvider Provider { get; }

    /// <summary>The settings of the régie the tests pay.</summary>
    protected abstract ProviderSettings Settings { get; }

    /// <summary>Prepares whatever the payer needs before paying <paramref name="request"/> (wallet credit, mandate).</summary>
    protected virtual Task ArrangePayerAsync(PaymentRequest request, bool ableToPay) => Task.CompletedTask;

    /// <summary>Plays the payer on the provider's page after a redirect, and returns the notification the provider
    /// sent back, if it sends one.</summary>
    protected virtual Task<ProviderCallback?> AnswerAsync(PaymentStart.RedirectTo redirect, PayerAnswer answer) =>
        throw new NotSupportedException($"{Provider.Id} redirects: override {nameof(AnswerAsync)}.");

    /// <summary>Whether the provider collects later (direct debit) rather than now.</summary>
    private bool CollectsLater => Provider.Capabilities.HasFlag(PaymentCapabilities.DirectDebit);

    protected virtual PaymentRequest NewRequest(long cents = 1250)
    {
        var payment = Guid.NewGuid();
        return new PaymentRequest(
            payment, "contract", Guid.Parse("5f0c4f1e-0000-4000-8000-000000000001"), Guid.NewGuid(), cents, "EUR", $"T{payment:N}"[..12].ToUpperInvariant(),
            "Commande de test", "parent@example.org", [new PaymentPortion(Guid.Parse("5f0c4f1e-0000-4000-8000-000000000002"), cents)],
            new Uri("http://127.0.0.1/retour"), new Uri("http://127.0.0.1/notification"), $"payment:{payment}", DateTimeOffset.UtcNow.AddHours(1));
    }

    [Fact]
    public void Describes_itself()
    {
        Assert.Matches("^[a-z][a-z0-9-]*$", Provider.Id);
        Assert.False(string.IsNullOrWhiteSpace(Provider.DisplayName));
        Assert.NotEqual(PaymentCapabilities.None, Provider.Capabilities);
        Assert.False(Provider.Capabilities.HasFlag(PaymentCapabilities.Instant) && Provider.Capabilities.HasFlag(PaymentCapabilities.Redirect), "A provider pays at once or by redirection, not both.");
        Assert.False(Provider.Capabilities.HasFlag(PaymentCapabilities.PartialRefund) && !Provider.Capabilities.HasFlag(PaymentCapabilities.Refund));
        Assert.Equal(Provider.SettingsSchema.Count, Provider.SettingsSchema.Select(f => f.Key).Distinct().Count());
        Assert.All(Provider.SettingsSchema, f => Assert.False(string.IsNullOrWhiteSpace(f.Label)));
    }

    [Fact]
    public void Its_settings_schema_accepts_the_test_settings()
    {
        Assert.All(Provider.SettingsSchema, f => Assert.Null(f.Check(Settings.Get(f.Key))));
    }

    [Fact]
    public async Task A_paid_payment_reads_as_succeeded_for_its_amount()
    {
        var request = NewRequest(1250);
        await ArrangePayerAsync(request, ableToPay: true);

        var start = await Provider.StartAsync(request, Settings, CancellationToken.None);
        var reference = await CompleteAsync(start, PayerAnswer.Pay);

        var outcome = await Provider.GetStatusAsync(reference, Settings, CancellationToken.None);
        Assert.Equal(reference, outcome.ProviderReference);
        Assert.Equal(CollectsLater ? PaymentState.Processing : PaymentState.Succeeded, outcome.State);
        Assert.Equal(1250, outcome.AmountCents);
    }

    [Fact]
    public async Task Asking_twice_gives_the_same_event_so_the_host_applies_it_once()
    {
        var request = NewRequest(800);
        await ArrangePayerAsync(request, ableToPay: true);
        var reference = await CompleteAsync(await Provider.StartAsync(request, Settings, CancellationToken.None), PayerAnswer.Pay);

        var first = await Provider.GetStatusAsync(reference, Settings, CancellationToken.None);
        var second = await Provider.GetStatusAsync(reference, Settings, CancellationToken.None);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_payer_who_cannot_pay_is_never_reported_as_paid()
    {
        var request = NewRequest(990);
        await ArrangePayerAsync(request, ableToPay: false);

        var start = await Provider.StartAsync(request, Settings, CancellationToken.None);
        if (start is PaymentStart.Refused refused)
        {
            Assert.False(string.IsNullOrWhiteSpace(refused.Message));
            return;
        }

        var reference = await CompleteAsync(start, PayerAnswer.Refuse);
        var outcome = await Provider.GetStatusAsync(reference, Settings, CancellationToken.None);
        Assert.NotEqual(PaymentState.Succeeded, outcome.State);
    }

    [Fact]
    public async Task An_abandoned_redirect_is_not_paid()
    {
        if (!Provider.Capabilities.HasFlag(PaymentCapabilities.Redirect))
        {
            return;
        }

        var request = NewRequest(700);
        await ArrangePayerAsync(request, ableToPay: true);
        var reference = await CompleteAsync(await Provider.StartAsync(request, Settings, CancellationToken.None), PayerAnswer.Abandon);

        var outcome = await Provider.GetStatusAsync(reference, Settings, CancellationToken.None);
        Assert.NotEqual(PaymentState.Succeeded, outcome.State);
    }

    [Fact]
    public async Task A_replayed_notification_reads_as_the_same_event()
    {
        if (!Provider.Capabilities.HasFlag(PaymentCapabilities.Redirect))
        {
            return;
        }

        var request = NewRequest(1500);
        await ArrangePayerAsync(request, ableToPay: true);
        var redirect = Assert.IsType<PaymentStart.RedirectTo>(await Provider.StartAsync(request, Settings, CancellationToken.None));
        var callback = await AnswerAsync(redirect, PayerAnswer.Pay);
        if (callback is null)
        {
            return;
        }

        var first = await Provider.HandleCallbackAsync(callback, Settings, CancellationToken.None);
        var again = await Provider.HandleCallbackAsync(callback, Settings, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Equal(PaymentState.Succeeded, first.State);
        Assert.Equal(first.EventId, again?.EventId);
    }

    [Fact]
    public async Task A_forged_notification_is_ignored()
    {
        var forged = new ProviderCallback(
            "POST", new Dictionary<string, string>(), new Dictionary<string, string> { ["idOp"] = Guid.NewGuid().ToString(), ["resultrans"] = "P" },
            new Dictionary<string, string>(), """{"id":"evt_forged","type":"checkout.session.completed","data":{"object":{"id":"cs_forged","payment_status":"paid"}}}""");

        var outcome = await Provider.HandleCallbackAsync(forged, Settings, CancellationToken.None);

        Assert.True(outcome is null || outcome.State != PaymentState.Succeeded, "A notification nobody can verify must not pay anything.");
    }

    [Fact]
    public async Task A_paid_payment_is_refunded_once_and_never_beyond_its_amount()
    {
        if (!Provider.Capabilities.HasFlag(PaymentCapabilities.Refund))
        {
            return;
        }

        var request = NewRequest(2000);
        await ArrangePayerAsync(request, ableToPay: true);
        var reference = await CompleteAsync(await Provider.StartAsync(request, Settings, CancellationToken.None), PayerAnswer.Pay);
        var cents = Provider.Capabilities.HasFlag(PaymentCapabilities.PartialRefund) ? 500 : 2000;

        var refund = await Provider.RefundAsync(new RefundRequest(request.PaymentId, request.PayerId, reference, cents, $"refund:{request.PaymentId}:1", "Annulation"), Settings, CancellationToken.None);
        var tooMuch = await Provider.RefundAsync(new RefundRequest(request.PaymentId, request.PayerId, reference, 2001, $"refund:{request.PaymentId}:2", "Annulation"), Settings, CancellationToken.None);

        Assert.True(refund.Succeeded, refund.Message);
        Assert.False(tooMuch.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(tooMuch.Message));
    }

    /// <summary>Takes a started payment to the payer's answer and returns its provider reference.</summary>
    private async Task<string> CompleteAsync(PaymentStart start, PayerAnswer answer)
    {
        switch (start)
        {
            case PaymentStart.Completed completed:
                return completed.ProviderReference;
            case PaymentStart.Accepted accepted:
                return accepted.ProviderReference;
            case PaymentStart.RedirectTo redirect:
                Assert.True(redirect.Url.IsAbsoluteUri);
                await AnswerAsync(redirect, answer);
                return redirect.ProviderReference;
            case PaymentStart.Refused refused:
                Assert.Fail($"{Provider.Id} refused a payment it should take: {refused.Message}");
                return "";
            default:
                Assert.Fail($"Unknown start {start.GetType().Name}.");
                return "";
        }
    }
}
