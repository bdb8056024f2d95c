using Microsoft.EntityFrameworkCore;
using Platform.Core.Ordering;
using Platform.Host.Data;

namespace Platform.Host.Ordering;

/// <summary>Tells the modules of an order what became of it (paid, expired, cancelled). The order row records what
/// they were last told, in the same write as the state change's aftermath, so a crash in between is repaired by the
/// next <see cref="OrderJobs"/> run: at-least-once delivery to idempotent handlers.</summary>
public sealed class OrderNotifier(PlatformDbContext db, IEnumerable<IOrderLineHandler> handlers, ILogger<OrderNotifier> logger)
{
    public async Task NotifyAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == orderId, cancellationToken);
        if (order.ModulesNotifiedOf == order.State)
        {
            return;
        }

        foreach (var moduleId in order.Lines.Select(l => l.ModuleId).Distinct())
        {
            var handler = handlers.SingleOrDefault(h => h.ModuleId == moduleId);
            if (handler is null)
            {
                logger.LogError("Order {Order} has lines of module {Module}, which is not loaded: they stay as they are.", order.Number, moduleId);
                continue;
            }

            if (order.State == OrderState.Paid)
            {
                await handler.ConfirmAsync(order.Id, cancellationToken);
            }
            else if (order.State is OrderState.Expired or OrderState.Cancelled)
            {
                await handler.ReleaseAsync(order.Id, cancellationToken);
            }
        }

        await db.Orders.Where(o => o.Id == orderId && o.State == order.State)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ModulesNotifiedOf, order.State), cancellationToken);
    }
}
