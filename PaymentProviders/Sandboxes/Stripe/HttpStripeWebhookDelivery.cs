using System.Text;
using Microsoft.Extensions.Logging;

namespace Platform.PaymentProviders.Sandboxes.Stripe;

/// <summary>Posts each event to the platform's callback route, once, as Stripe would (without its retries).</summary>
internal sealed class HttpStripeWebhookDelivery(IHttpClientFactory clients, ILogger<HttpStripeWebhookDelivery> logger) : IStripeWebhookDelivery
{
    public async Task DeliverAsync(StripeWebhook webhook, CancellationToken cancellationToken)
    {
        if (webhook.Endpoint is null)
        {
            logger.LogWarning("Sandbox Stripe event {EventId} not delivered: its session has no regie_id metadata", webhook.EventId);
            return;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Endpoint)
        {
            Content = new StringContent(webhook.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Stripe-Signature", webhook.SignatureHeader);
        try
        {
            using var response = await clients.CreateClient(nameof(HttpStripeWebhookDelivery)).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Sandbox Stripe event {EventId} answered {Status} by {Endpoint}", webhook.EventId, (int)response.StatusCode, webhook.Endpoint);
            }
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning(exception, "Sandbox Stripe event {EventId} could not reach {Endpoint}", webhook.EventId, webhook.Endpoint);
        }
    }
}
