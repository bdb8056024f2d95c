using System.Collections.Concurrent;
using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sandboxes.PayFip;

namespace Platform.PaymentProviders.PayFip.Tests;

/// <summary>Keeps the fake's urlnotif calls as the host would hand them over: a POST form with <c>idOp</c>.</summary>
internal sealed class CapturedNotifications : IPayFipNotificationDelivery
{
    private readonly ConcurrentQueue<(Uri UrlNotif, ProviderCallback Callback)> delivered = new();

    public IReadOnlyList<(Uri UrlNotif, ProviderCallback Callback)> Delivered => [.. delivered];

    public ProviderCallback Last => delivered.Last().Callback;

    public Task DeliverAsync(Uri urlnotif, string idOp, CancellationToken cancellationToken)
    {
        var callback = new ProviderCallback(
            "POST",
            new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" },
            new Dictionary<string, string>(),
            new Dictionary<string, string> { ["idOp"] = idOp },
            $"idOp={Uri.EscapeDataString(idOp)}");
        delivered.Enqueue((urlnotif, callback));
        return Task.CompletedTask;
    }
}
