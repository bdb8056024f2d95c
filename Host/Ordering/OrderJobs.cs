using Microsoft.EntityFrameworkCore;
using Platform.Host.Data;
using Platform.PaymentProviders.Abstractions;

namespace Platform.Host.Ordering;

/// <summary>The recurring job behind the payment delay: expires unpaid orders whose stored expiry has passed, frees
/// what they held, and repeats any module notification a crash interrupted. Idempotent: running it twice at once or
/// again changes nothing more.</summary>
public sealed class OrderJobs(PlatformDbContext db, OrderNotifier notifier, TimeProvider clock, ILogger<OrderJobs> logger)
{
    public const string JobId = "platform:orders";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Orders.Where(o => o.State == OrderState.PendingPayment && o.ExpiresAtUtc <= now).Select(o => o.Id).ToListAsync(cancellationToken);
        foreach (var orderId in due)
        {
            var expired = await db.Orders.Where(o => o.Id == orderId && o.State == OrderState.PendingPayment)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, OrderState.Expired), cancellationToken);
            if (expired == 1)
            {
                await db.Payments.Where(p => p.OrderId == orderId && p.State == PaymentState.Pending)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, PaymentState.Expired).SetProperty(p => p.ActiveOrderId, (Guid?)null), cancellationToken);
                logger.LogInformation("Order {Order} expired unpaid.", orderId);
            }
        }

        var unsent = await db.Orders
            .Where(o => o.State != OrderState.PendingPayment && (o.ModulesNotifiedOf == null || o.ModulesNotifiedOf != o.State))
            .Select(o => o.Id)
            .ToListAsync(cancellationToken);
        foreach (var orderId in unsent)
        {
            await notifier.NotifyAsync(orderId, cancellationToken);
        }
    }
}
