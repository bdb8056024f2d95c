using Microsoft.EntityFrameworkCore;
using Platform.Host.Data;
using Platform.PaymentProviders.Abstractions;

namespace Platform.Host.Ordering;

/// <summary>The recurring job behind the payment delay: expires unpaid orders whose stored expiry has passed, frees
/// what they held, and repeats any module notification a crash interrupted. Idempotent: running it twice at once or
/// again changes nothing more.</summary>
public sealed class OrderJobs(
    PlatformDbContext db,
    OrderNotifier notifier,
    PaymentService payments,
    LateSuccesses lateSuccesses,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<OrderJobs> logger)
{
    public const string JobId = "platform:orders";

    /// <summary>A payment still pending this long is asked to its provider (lost redirect, lost notification).</summary>
    private static readonly TimeSpan QueryPendingAfter = TimeSpan.FromMinutes(5);

    /// <summary>A payment given up here (abandoned, superseded by a new attempt, or expired with its order) may still be
    /// paid on the provider's page for a while (a PayFiP operation lives 15 minutes): it is asked again this long, in
    /// case its notification got lost.</summary>
    private static readonly TimeSpan QueryGivenUpFor = TimeSpan.FromMinutes(30);

    /// <summary>A start (or a give-back) unanswered this long belongs to a process that stopped: no request lives that
    /// long. Shorter only in tests that kill the host (<c>Ordering:UnansweredAfterSeconds</c>).</summary>
    private TimeSpan UnansweredAfter => TimeSpan.FromSeconds(configuration.GetValue("Ordering:UnansweredAfterSeconds", 120));

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await ReconcileAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Orders.Where(o => o.State == OrderState.PendingPayment && o.ExpiresAtUtc <= now).Select(o => o.Id).ToListAsync(cancellationToken);
        foreach (var orderId in due)
        {
            var expired = await db.Orders.Where(o => o.Id == orderId && o.State == OrderState.PendingPayment)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, OrderState.Expired), cancellationToken);
            if (expired == 1)
            {
                await db.Payments.Where(p => p.OrderId == orderId && p.State == PaymentState.Pending)
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(p => p.State, PaymentState.Expired).SetProperty(p => p.ActiveOrderId, (Guid?)null).SetProperty(p => p.UpdatedAtUtc, now),
                        cancellationToken);
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

    /// <summary>Repairs what a crash can leave: a succeeded payment whose order was not settled, and pending (or lately
    /// abandoned) payments whose result never arrived (their provider is asked directly).</summary>
    private async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        await RecoverUnansweredAsync(cancellationToken);
        var unsettled = await db.Payments.AsNoTracking()
            .Where(p => p.State == PaymentState.Succeeded && !p.LateSuccess
                        && db.Orders.Any(o => o.Id == p.OrderId && (o.State != OrderState.Paid || (o.PaidByPaymentId != null && o.PaidByPaymentId != p.Id))))
            .ToListAsync(cancellationToken);
        foreach (var payment in unsettled)
        {
            await payments.SettleOrderAsync(payment, cancellationToken);
        }

        var before = clock.GetUtcNow().UtcDateTime - QueryPendingAfter;
        var givenUpSince = clock.GetUtcNow().UtcDateTime - QueryGivenUpFor;
        var pending = await db.Payments.AsNoTracking()
            .Where(p => (p.State == PaymentState.Pending || p.State == PaymentState.Processing || ((p.State == PaymentState.Cancelled || p.State == PaymentState.Expired) && p.UpdatedAtUtc > givenUpSince))
                        && p.ProviderReference != null && p.CreatedAtUtc < before)
            .Join(db.Orders, p => p.OrderId, o => o.Id, (p, o) => new { Payment = p, o.RegieId })
            .ToListAsync(cancellationToken);
        foreach (var item in pending)
        {
            await payments.AskProviderAsync(item.Payment, item.RegieId, cancellationToken);
        }
    }

    /// <summary>Starts whose answer a crash lost (a payment without a provider reference: the provider may have taken
    /// the money), also for a while after they were cancelled here or expired with their order; and late successes
    /// claimed but not yet given back.</summary>
    private async Task RecoverUnansweredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var before = now - UnansweredAfter;
        var givenUpSince = now - QueryGivenUpFor;
        var unanswered = await db.Payments.AsNoTracking()
            .Where(p => p.ProviderReference == null && p.CreatedAtUtc < before
                        && (p.State == PaymentState.Pending
                            || ((p.State == PaymentState.Cancelled || p.State == PaymentState.Expired) && p.UpdatedAtUtc > givenUpSince)))
            .Join(db.Orders, p => p.OrderId, o => o.Id, (p, o) => new { Payment = p, o.RegieId, o.FamilyId })
            .ToListAsync(cancellationToken);
        foreach (var item in unanswered)
        {
            await payments.RecoverStartAsync(item.Payment, item.RegieId, item.FamilyId, cancellationToken);
        }

        var unfinished = await db.Payments.AsNoTracking()
            .Where(p => p.LateSuccess && p.GivenBackAtUtc == null && p.UpdatedAtUtc < before)
            .ToListAsync(cancellationToken);
        foreach (var payment in unfinished)
        {
            await lateSuccesses.ResumeAsync(payment, cancellationToken);
        }
    }
}
