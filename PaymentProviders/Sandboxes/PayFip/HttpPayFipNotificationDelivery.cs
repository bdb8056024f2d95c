using Microsoft.Extensions.Logging;

namespace Platform.PaymentProviders.Sandboxes.PayFip;

/// <summary>Posts the form <c>idOp=…</c> to urlnotif, server to server. A failed call does not stop the payer: the
/// platform's reconciliation finds the result anyway, as with the real service.</summary>
internal sealed class HttpPayFipNotificationDelivery(ILogger<HttpPayFipNotificationDelivery> logger) : IPayFipNotificationDelivery, IDisposable
{
    private readonly HttpClient client = new() { Timeout = TimeSpan.FromSeconds(10) };

    public async Task DeliverAsync(Uri urlnotif, string idOp, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>("idOp", idOp)]);
            using var response = await client.PostAsync(urlnotif, content, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Fake PayFiP: notification of {IdOp} to {UrlNotif} answered HTTP {Status}.", idOp, urlnotif, (int)response.StatusCode);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            logger.LogWarning(e, "Fake PayFiP: notification of {IdOp} to {UrlNotif} failed.", idOp, urlnotif);
        }
    }

    public void Dispose() => client.Dispose();
}
