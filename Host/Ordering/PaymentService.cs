using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Email;
using Platform.Core.Modularity;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;
using Platform.Host.Common;
using Platform.Host.Data;
using Platform.PaymentProviders.Abstractions;

namespace Platform.Host.Ordering;

/// <param name="RedirectUrl">Where to send the payer, for redirect providers.</param>
public sealed record PaymentResultView(Guid PaymentId, PaymentState State, Uri? RedirectUrl, OrderState OrderState);

/// <summary>Pays orders through their commune's channels and applies what providers report, following the payment
/// state machine: verified data only, each event once, late successes flagged, amounts checked.</summary>
public sealed class PaymentService(
    PlatformDbContext db,
    PaymentChannels channels,
    IEnumerable<IOrderLineHandler> handlers,
    IFamilyDirectory families,
    OrderNotifier notifier,
    IEmailSender email,
    PublicUrls urls,
    LateSuccesses lateSuccesses,
    OrderPurposes purposes,
    IEnumerable<IPageContributions> contributions,
    TimeProvider clock,
    ILogger<PaymentService> logger)
{
    public async Task<AppResult<PaymentResultView>> PayAsync(Guid familyId, Guid orderId, string? providerId, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId && o.FamilyId == familyId, cancellationToken);
        if (order is null)
        {
            return AppResult<PaymentResultView>.NotFound();
        }

        if (order.State == OrderState.Paid)
        {
            return AppResult<PaymentResultView>.Invalid("Order", $"La commande {order.Number} est déjà payée.");
        }

        if (order.State != OrderState.PendingPayment || clock.GetUtcNow().UtcDateTime >= order.ExpiresAtUtc)
        {
            return AppResult<PaymentResultView>.Invalid("Order", $"Le délai de paiement de la commande {order.Number} est dépassé : elle est annulée. Refaites votre réservation.");
        }

        var channel = (await channels.ForOrderAsync(order, cancellationToken)).FirstOrDefault(c => c.Provider.Id == providerId);
        if (channel is null)
        {
            return AppResult<PaymentResultView>.Invalid("Provider", "Ce moyen de paiement n'est pas proposé par votre commune.");
        }

        foreach (var moduleId in order.Lines.Select(l => l.ModuleId).Distinct())
        {
            var check = handlers.SingleOrDefault(h => h.ModuleId == moduleId) is { } handler
                ? await handler.CheckAsync(order.Id, cancellationToken)
                : AppResult<bool>.Invalid("Order", "Un service de cette commande n'est plus proposé.");
            if (!check.Succeeded)
            {
                return AppResult<PaymentResultView>.Invalid(check.Errors);
            }
        }

        var provider = channel.Provider;
        var now = clock.GetUtcNow().UtcDateTime;
        await GiveUpOpenRedirectsAsync(order.Id, now, cancellationToken);

        // Recorded before the provider is called: a start whose answer is lost in a crash is found by reconciliation.
        var payment = new Payment
        {
            Id = Guid.NewGuid(), OrderId = order.Id, ActiveOrderId = order.Id, ProviderId = provider.Id, State = PaymentState.Pending,
            AmountCents = order.TotalCents, CreatedAtUtc = now, UpdatedAtUtc = now,
        };
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // The order's row is taken first, as the parent's "abandon" takes it: whichever comes second sees the other.
            var stillPending = await db.Orders.Where(o => o.Id == order.Id && o.State == OrderState.PendingPayment)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, OrderState.PendingPayment), cancellationToken);
            if (stillPending == 0)
            {
                return AppResult<PaymentResultView>.Invalid("Order", $"La commande {order.Number} n'attend plus de paiement.");
            }

            db.Payments.Add(payment);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                return AppResult<PaymentResultView>.Invalid("Order", $"Un paiement de la commande {order.Number} est déjà en cours.");
            }
        }

        var payer = (await families.FindAsync(familyId, cancellationToken))?.AdultEmails.FirstOrDefault() ?? "";
        PaymentStart start;
        try
        {
            start = await provider.StartAsync(
            new PaymentRequest(
                payment.Id, order.Commune, order.RegieId, familyId, order.TotalCents, "EUR", order.Number,
                order.PaymentReference is null ? $"Commande {order.Number}" : order.Lines[0].Label, payer,
                order.Lines.GroupBy(l => l.ServiceId).Select(g => new PaymentPortion(g.Key, g.Sum(l => l.TotalCents))).ToList(),
                new Uri(urls.For($"/commandes/{order.Id}")), new Uri(urls.For($"/payments/callback/{provider.Id}/{order.RegieId}")),
                $"payment:{payment.Id}", new DateTimeOffset(order.ExpiresAtUtc, TimeSpan.Zero)) { DebtReference = order.PaymentReference },
            channel.Settings,
            cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Payment {Payment} through {Provider} could not start.", payment.Id, provider.Id);
            if (provider is IPaymentStartRecovery)
            {
                // It may have taken the money before failing: left to reconciliation, which asks the provider.
                return AppResult<PaymentResultView>.Invalid("Provider", "Votre paiement n'a pas pu être confirmé. Il sera vérifié automatiquement dans quelques minutes : ne payez pas une seconde fois.");
            }

            start = new PaymentStart.Refused($"Le paiement par « {provider.DisplayName} » n'a pas pu commencer. Réessayez dans quelques minutes.");
        }

        switch (start)
        {
            case PaymentStart.Completed completed:
                await ApplyAsync(payment.Id, new PaymentOutcome(completed.ProviderReference, PaymentState.Succeeded, order.TotalCents, $"start:{payment.Id}"), cancellationToken);
                break;
            case PaymentStart.Accepted accepted:
                await ApplyAsync(payment.Id, new PaymentOutcome(accepted.ProviderReference, PaymentState.Processing, order.TotalCents, $"start:{payment.Id}"), cancellationToken);
                break;
            case PaymentStart.RedirectTo redirect:
                payment.ProviderReference = redirect.ProviderReference;
                if (redirect.ExpiresAt?.UtcDateTime > order.ExpiresAtUtc)
                {
                    order.ExpiresAtUtc = redirect.ExpiresAt.Value.UtcDateTime;
                }

                await db.SaveChangesAsync(cancellationToken);
                return AppResult<PaymentResultView>.Ok(new PaymentResultView(payment.Id, PaymentState.Pending, redirect.Url, order.State));
            case PaymentStart.Refused refused:
                payment.State = PaymentState.Failed;
                payment.ActiveOrderId = null;
                await db.SaveChangesAsync(cancellationToken);
                return AppResult<PaymentResultView>.Invalid("Provider", refused.Message);
        }

        var saved = await db.Payments.AsNoTracking().Where(p => p.Id == payment.Id)
            .Select(p => new { p.State, OrderState = db.Orders.Where(o => o.Id == p.OrderId).Select(o => o.State).Single() })
            .SingleAsync(cancellationToken);
        return AppResult<PaymentResultView>.Ok(new PaymentResultView(payment.Id, saved.State, null, saved.OrderState));
    }

    /// <summary>A provider's notification: a hint, turned into an outcome by the provider itself (signature or status
    /// query), then applied once.</summary>
    /// <param name="regieId">From the callback address: whose settings (webhook secret) verify it.</param>
    public async Task<bool> HandleCallbackAsync(string providerId, Guid regieId, ProviderCallback callback, CancellationToken cancellationToken)
    {
        if (await channels.OfPaymentAsync(providerId, regieId, cancellationToken) is not { } channel
            || await channel.Provider.HandleCallbackAsync(callback, channel.Settings, cancellationToken) is not { } outcome)
        {
            return false;
        }

        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(
            p => p.ProviderId == providerId && p.ProviderReference == outcome.ProviderReference && db.Orders.Any(o => o.Id == p.OrderId && o.RegieId == regieId),
            cancellationToken);
        if (payment is null)
        {
            return false;
        }

        await ApplyAsync(payment.Id, outcome, cancellationToken);
        return true;
    }

    /// <summary>A payer back from a card or PayFiP page without paying may choose again: the attempt left open is given
    /// up (cancelled) so a new one can start. Should it still succeed, it is a second payment and its money goes back
    /// (<see cref="LateSuccesses"/>); reconciliation keeps asking about it for a while.</summary>
    private async Task GiveUpOpenRedirectsAsync(Guid orderId, DateTime now, CancellationToken cancellationToken)
    {
        var redirects = channels.All.Where(p => p.Capabilities.HasFlag(PaymentCapabilities.Redirect)).Select(p => p.Id).ToList();
        var open = db.Payments.Where(p => p.ActiveOrderId == orderId && p.State == PaymentState.Pending && redirects.Contains(p.ProviderId));
        if (!await open.AnyAsync(cancellationToken))
        {
            return; // an update matching nothing would still take the database's write lock
        }

        await open.ExecuteUpdateAsync(
                s => s.SetProperty(p => p.State, PaymentState.Cancelled).SetProperty(p => p.ActiveOrderId, (Guid?)null).SetProperty(p => p.UpdatedAtUtc, now),
                cancellationToken);
    }

    /// <summary>The payer is back from the provider's page: the return proves nothing, so the provider is asked
    /// directly (server to server) and what it says is applied.</summary>
    public async Task RefreshAsync(Guid familyId, Guid orderId, CancellationToken cancellationToken)
    {
        var live = await db.Payments.AsNoTracking()
            .Where(p => p.ActiveOrderId == orderId && p.State == PaymentState.Pending && p.ProviderReference != null)
            .Join(db.Orders.Where(o => o.FamilyId == familyId), p => p.OrderId, o => o.Id, (p, o) => new { Payment = p, o.RegieId })
            .SingleOrDefaultAsync(cancellationToken);
        if (live is not null)
        {
            await AskProviderAsync(live.Payment, live.RegieId, cancellationToken);
        }
    }

    /// <summary>Asks a payment's provider for its verified state and applies it. Direct debits are not asked (their
    /// outcome comes from the bank's files); a provider that cannot answer is logged and asked again later.</summary>
    public async Task AskProviderAsync(Payment payment, Guid regieId, CancellationToken cancellationToken)
    {
        if (await channels.OfPaymentAsync(payment.ProviderId, regieId, cancellationToken) is not { } channel
            || channel.Provider.Capabilities.HasFlag(PaymentCapabilities.DirectDebit))
        {
            return;
        }

        try
        {
            await ApplyAsync(payment.Id, await channel.Provider.GetStatusAsync(payment.ProviderReference!, channel.Settings, cancellationToken), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Payment {Payment}: its provider could not be asked for its status.", payment.Id);
        }
    }

    /// <summary>A start the host never heard the end of (the process stopped while the provider worked): an instant
    /// provider is asked what its start took, and that outcome is applied like any other; a start that took nothing, or
    /// a redirect nobody received, is cancelled so the order can be paid again.</summary>
    public async Task RecoverStartAsync(Payment payment, Guid regieId, Guid familyId, CancellationToken cancellationToken)
    {
        var channel = await channels.OfPaymentAsync(payment.ProviderId, regieId, cancellationToken);
        if (channel?.Provider is IPaymentStartRecovery recovery)
        {
            if (await recovery.RecoverStartAsync(payment.Id, familyId, channel.Settings, cancellationToken) is { } outcome)
            {
                logger.LogWarning("Payment {Payment}: its start's answer was lost; {Provider} reports it {State}.", payment.Id, payment.ProviderId, outcome.State);
                await ApplyAsync(payment.Id, outcome, cancellationToken);
                return;
            }
        }
        else if (channel is null)
        {
            return; // the provider is not loaded now: asked again once it is
        }

        var cancelled = await db.Payments.Where(p => p.Id == payment.Id && p.State == PaymentState.Pending && p.ProviderReference == null)
            .ExecuteUpdateAsync(
                s => s.SetProperty(p => p.State, PaymentState.Cancelled).SetProperty(p => p.ActiveOrderId, (Guid?)null).SetProperty(p => p.UpdatedAtUtc, clock.GetUtcNow().UtcDateTime),
                cancellationToken);
        if (cancelled == 1)
        {
            logger.LogWarning("Payment {Payment}: its start was never answered and took nothing; cancelled.", payment.Id);
        }
    }

    /// <summary>Records the event and the state it brings in one write, and a success pays the order in the same
    /// transaction, so a crash never keeps one without the other; a replayed event hits the unique key and changes
    /// nothing.</summary>
    public async Task ApplyAsync(Guid paymentId, PaymentOutcome outcome, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var payment = await db.Payments.SingleAsync(p => p.Id == paymentId, cancellationToken);
        if (await db.PaymentEvents.AnyAsync(e => e.ProviderId == payment.ProviderId && e.EventKey == outcome.EventId, cancellationToken))
        {
            return; // a replay, or a status asked again that has not changed (the unique key still guards a race)
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.PaymentEvents.Add(new PaymentEvent
        {
            Id = Guid.NewGuid(), PaymentId = payment.Id, ProviderId = payment.ProviderId, EventKey = outcome.EventId, State = outcome.State, ReceivedAtUtc = now,
        });
        payment.ProviderReference ??= outcome.ProviderReference;
        var applies = outcome.State != payment.State && PaymentStateMachine.CanMove(payment.State, outcome.State);
        if (applies && outcome.AmountCents is { } amount && amount != payment.AmountCents)
        {
            payment.Anomaly = true;
            applies = false;
            logger.LogError("Payment {Payment}: the provider reports {Reported} cents for {Expected}; kept for review.", payment.Id, amount, payment.AmountCents);
        }
        else if (!applies && outcome.State != payment.State)
        {
            logger.LogWarning("Payment {Payment}: {From} → {To} is not allowed; ignored.", payment.Id, payment.State, outcome.State);
        }

        if (applies)
        {
            payment.State = outcome.State;
            payment.UpdatedAtUtc = now;
            if (outcome.State is PaymentState.Failed or PaymentState.Cancelled or PaymentState.Expired)
            {
                payment.ActiveOrderId = null;
            }
        }

        var succeeded = applies && outcome.State == PaymentState.Succeeded;
        bool paid;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            paid = succeeded && await MarkOrderPaidAsync(payment, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return; // this event was already applied
        }

        if (paid)
        {
            await AfterPaidAsync(payment, cancellationToken);
        }
        else if (succeeded)
        {
            await SettleUnpaidOrderAsync(payment, cancellationToken);
        }
    }

    /// <summary>Turns a succeeded payment into a paid order. A payment that comes too late, or a second payment of an
    /// order another payment already paid (a payer who abandoned a page, paid again, then completed the first), is
    /// money received for nothing: it goes to <see cref="LateSuccesses"/>. Safe to repeat.</summary>
    public async Task SettleOrderAsync(Payment payment, CancellationToken cancellationToken)
    {
        if (await MarkOrderPaidAsync(payment, clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            await AfterPaidAsync(payment, cancellationToken);
            return;
        }

        await SettleUnpaidOrderAsync(payment, cancellationToken);
    }

    /// <summary>A success that could not pay its order: nothing to do if this payment paid it already (a repeated call,
    /// or an order paid before orders remembered their payment), otherwise money to give back.</summary>
    private async Task SettleUnpaidOrderAsync(Payment payment, CancellationToken cancellationToken)
    {
        if (await db.Orders.AnyAsync(o => o.Id == payment.OrderId && o.State == OrderState.Paid && (o.PaidByPaymentId == payment.Id || o.PaidByPaymentId == null), cancellationToken))
        {
            return;
        }

        await lateSuccesses.SettleAsync(payment, cancellationToken);
    }

    /// <summary>Pays the order if it still waits for its payment, or, for a purpose paid when late (an invoice), if it
    /// lapsed meanwhile and no other payment paid it.</summary>
    private async Task<bool> MarkOrderPaidAsync(Payment payment, DateTime now, CancellationToken cancellationToken)
    {
        var kind = await db.Orders.Where(o => o.Id == payment.OrderId).Select(o => o.Kind).SingleAsync(cancellationToken);
        var orders = purposes.For(kind).PaidWhenLate
            ? db.Orders.Where(o => o.Id == payment.OrderId && o.State != OrderState.Paid)
            : db.Orders.Where(o => o.Id == payment.OrderId && o.State == OrderState.PendingPayment && o.ExpiresAtUtc > now);
        return await orders.ExecuteUpdateAsync(
                s => s.SetProperty(o => o.State, OrderState.Paid).SetProperty(o => o.PaidAtUtc, now).SetProperty(o => o.PaidByPaymentId, payment.Id),
                cancellationToken) == 1;
    }

    private async Task AfterPaidAsync(Payment payment, CancellationToken cancellationToken)
    {
        await notifier.NotifyAsync(payment.OrderId, cancellationToken);
        await SendReceiptAsync(payment, cancellationToken);
    }

    private async Task SendReceiptAsync(Payment payment, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == payment.OrderId, cancellationToken);
        var paid = order.AsPaid();
        var channel = channels.Find(payment.ProviderId)?.DisplayName ?? payment.ProviderId;
        var (subject, text) = purposes.For(order.Kind).Receipt(paid);
        var links = string.Concat(contributions.SelectMany(c => c.OrderPaidLinks(paid)).DistinctBy(l => l.Label).Select(l => $"\n{l.Label} : {urls.For(l.Href)}"));
        var body = $"Bonjour,\n\nNous avons bien reçu votre paiement de {Euros.Format(order.TotalCents)} ({channel}) pour la commande {order.Number}. {text}\n{links}\n";
        foreach (var adult in (await families.FindAsync(order.FamilyId, cancellationToken))?.AdultEmails ?? [])
        {
            await email.SendAsync(new EmailMessage(adult, subject, body), cancellationToken);
        }
    }
}
