using Microsoft.Extensions.Logging;
using Platform.PaymentProviders.Abstractions;
using Stripe;
using Stripe.Checkout;

namespace Platform.PaymentProviders.Stripe;

/// <summary>Card payments on Stripe Checkout's hosted page. The provider reference is the Checkout Session id (cs_…);
/// every state comes from the session read server-side, a signed webhook only says when to read it.</summary>
internal sealed class StripePaymentProvider(TimeProvider time, ILogger<StripePaymentProvider> logger) : IPaymentProvider, IProviderSettingsCheck
{
    public const string ProviderId = "stripe";

    public string Id => ProviderId;

    public string DisplayName => "Carte bancaire";

    public PaymentCapabilities Capabilities =>
        PaymentCapabilities.Redirect | PaymentCapabilities.Refund | PaymentCapabilities.PartialRefund | PaymentCapabilities.InvoicePayment;

    public IReadOnlyList<ProviderSettingField> SettingsSchema => StripeSettings.Schema;

    public IReadOnlyList<string> Check(ProviderSettings settings, bool production) => StripeSettings.Check(settings, production);

    public async Task<PaymentStart> StartAsync(PaymentRequest request, ProviderSettings settings, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.Currency, "EUR", StringComparison.OrdinalIgnoreCase))
        {
            return new PaymentStart.Refused("Le paiement par carte n'accepte que les montants en euros.");
        }

        try
        {
            var session = await new SessionService(StripeSettings.Client(settings)).CreateAsync(
                CheckoutSessionOptions.For(request, CheckoutExpiry.For(request.ExpiresAt, time.GetUtcNow())),
                new RequestOptions { IdempotencyKey = $"{request.IdempotencyKey}:create-session" },
                cancellationToken);
            return new PaymentStart.RedirectTo(new Uri(session.Url), session.Id, new DateTimeOffset(DateTime.SpecifyKind(session.ExpiresAt, DateTimeKind.Utc)));
        }
        catch (Exception exception) when (exception is StripeException or HttpRequestException)
        {
            logger.LogError(exception, "Stripe refused to create a Checkout Session for payment {PaymentId}", request.PaymentId);
            return new PaymentStart.Refused("Le paiement par carte est indisponible pour le moment. Réessayez dans quelques minutes ou choisissez un autre moyen de paiement.");
        }
    }

    /// <summary>Null for an unverifiable or irrelevant notification. Throws when Stripe cannot be read back, so that the
    /// host answers an error and Stripe delivers the event again.</summary>
    public async Task<PaymentOutcome?> HandleCallbackAsync(ProviderCallback callback, ProviderSettings settings, CancellationToken cancellationToken)
    {
        var check = StripeSignature.Check(callback.Body, SignatureHeader(callback), settings.Require(StripeSettings.WebhookSecret), time.GetUtcNow());
        if (check != SignatureCheck.Valid)
        {
            logger.LogWarning("Stripe webhook ignored: signature {Check}", check);
            return null;
        }

        var notification = StripeWebhookEvent.TryParse(callback.Body);
        if (notification is null)
        {
            logger.LogWarning("Stripe webhook ignored: the signed body is not a Stripe event");
            return null;
        }

        if (notification.Livemode != StripeSettings.IsLive(settings))
        {
            logger.LogWarning("Stripe webhook {EventId} ignored: livemode {Livemode} does not match the régie's key", notification.Id, notification.Livemode);
            return null;
        }

        if (!notification.IsAboutACheckoutSession)
        {
            return null;
        }

        // Events arrive in any order and more than once: the session as it is now is the truth, never the event's copy.
        var current = await GetStatusAsync(notification.ObjectId!, settings, cancellationToken);
        var state = notification.Type == StripeWebhookEvent.SessionAsyncPaymentFailed && current.State == PaymentState.Processing
            ? PaymentState.Failed
            : current.State;
        return current with { State = state, EventId = notification.Id };
    }

    public async Task<PaymentOutcome> GetStatusAsync(string providerReference, ProviderSettings settings, CancellationToken cancellationToken)
    {
        var session = await new SessionService(StripeSettings.Client(settings)).GetAsync(providerReference, cancellationToken: cancellationToken);
        var state = CheckoutSessionState.Of(session.Status, session.PaymentStatus);
        return new PaymentOutcome(session.Id, state, session.AmountTotal, $"status:{session.Id}:{state}");
    }

    public async Task<RefundOutcome> RefundAsync(RefundRequest request, ProviderSettings settings, CancellationToken cancellationToken)
    {
        if (request.Cents <= 0)
        {
            return new RefundOutcome(false, "Le montant à rembourser doit être positif.");
        }

        try
        {
            var client = StripeSettings.Client(settings);
            var session = await new SessionService(client).GetAsync(request.ProviderReference, cancellationToken: cancellationToken);
            if (session.PaymentIntentId is null || CheckoutSessionState.Of(session.Status, session.PaymentStatus) != PaymentState.Succeeded)
            {
                return new RefundOutcome(false, "Ce paiement par carte n'a pas été encaissé : il n'y a rien à rembourser.");
            }

            var refund = await new RefundService(client).CreateAsync(
                new RefundCreateOptions
                {
                    PaymentIntent = session.PaymentIntentId,
                    Amount = request.Cents,
                    Reason = "requested_by_customer",
                    Metadata = new() { ["payment_id"] = request.PaymentId.ToString(), ["refund_reference"] = request.Reference, ["reason"] = request.Reason },
                },
                new RequestOptions { IdempotencyKey = request.Reference },
                cancellationToken);
            return refund.Status switch
            {
                "succeeded" => new RefundOutcome(true, null),
                "pending" or "requires_action" => new RefundOutcome(true, "Le remboursement est accepté par Stripe et en cours de traitement."),
                _ => new RefundOutcome(false, "Stripe a refusé ce remboursement."),
            };
        }
        catch (StripeException exception) when (exception.StripeError?.Param == "amount" || exception.StripeError?.Code is "amount_too_large" or "charge_already_refunded")
        {
            logger.LogWarning("Stripe refused refund {Reference} of {Cents} cents: {Message}", request.Reference, request.Cents, exception.Message);
            return new RefundOutcome(false, "Ce montant dépasse ce qui reste à rembourser sur ce paiement par carte.");
        }
        catch (Exception exception) when (exception is StripeException or HttpRequestException)
        {
            logger.LogError(exception, "Stripe refund {Reference} failed", request.Reference);
            return new RefundOutcome(false, "Le remboursement par carte a échoué. Réessayez plus tard.");
        }
    }

    private static string? SignatureHeader(ProviderCallback callback) =>
        callback.Headers.FirstOrDefault(header => string.Equals(header.Key, "Stripe-Signature", StringComparison.OrdinalIgnoreCase)).Value;
}
