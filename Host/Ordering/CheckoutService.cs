using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Ordering;
using Platform.Host.Data;

namespace Platform.Host.Ordering;

public sealed record OrderView(
    Guid Id,
    string Number,
    Guid RegieId,
    string Commune,
    OrderState State,
    long TotalCents,
    DateTime CreatedAtUtc,
    DateTime ExpiresAtUtc,
    IReadOnlyList<OrderLineView> Lines,
    IReadOnlyList<ChannelView> Channels,
    string Kind,
    bool PaymentInProgress);

public sealed record OrderLineView(Guid Id, string ModuleId, Guid ServiceId, Guid? ChildId, DateOnly? Date, string Label, long UnitCents, int Quantity, long TotalCents, long RefundedCents);

/// <param name="IsSimulation">The channel answers with a local simulation (demo): pages say so.</param>
public sealed record ChannelView(string Id, string Name, bool IsSimulation);

/// <summary>Turns the cart lines of one régie into an order to pay within the payment delay, after every module has
/// checked its lines again and held them.</summary>
public sealed class CheckoutService(
    PlatformDbContext db,
    IEnumerable<IOrderLineHandler> handlers,
    PaymentChannels channels,
    OrderNotifier notifier,
    OrderNumbers numbers,
    OrderPurposes purposes,
    IConfiguration configuration,
    TimeProvider clock) : IOrderDesk
{
    public async Task<AppResult<Guid>> PlaceAsync(Guid familyId, DirectOrder request, CancellationToken cancellationToken)
    {
        if (purposes.Find(request.Kind) is not { } purpose || purpose.Kind == CartBookingPurpose.OrderKind)
        {
            throw new ArgumentException($"No loaded module registers the order purpose '{request.Kind}'.", nameof(request));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await numbers.PrepareAsync(now, cancellationToken);
        Order order;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            order = NewOrder(familyId, request.RegieId, request.Commune, purpose, await numbers.NextAsync(purpose.NumberPrefix, now, cancellationToken), now, [new OrderLine
            {
                Id = Guid.NewGuid(), ModuleId = request.ModuleId, ServiceId = Guid.Empty, ItemId = request.SubjectId, Label = request.Label, UnitCents = request.Cents, Quantity = 1,
                TotalCents = request.Cents,
            }]);
            order.PaymentReference = request.DebtReference;
            db.Orders.Add(order);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var held = await HoldAsync(order, cancellationToken);
        if (!held.Succeeded)
        {
            await db.Orders.Where(o => o.Id == order.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.State, OrderState.Cancelled), cancellationToken);
            await notifier.NotifyAsync(order.Id, cancellationToken);
            return AppResult<Guid>.Invalid(held.Errors);
        }

        return AppResult<Guid>.Ok(order.Id);
    }

    public async Task<AppResult<OrderView>> CheckoutAsync(Guid familyId, Guid? regieId, CancellationToken cancellationToken)
    {
        var lines = await db.CartLines.AsNoTracking().Where(l => l.FamilyId == familyId && l.RegieId == regieId).ToListAsync(cancellationToken);
        if (lines.Count == 0)
        {
            return AppResult<OrderView>.Invalid("Cart", "Votre panier ne contient rien à payer à cette régie.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await numbers.PrepareAsync(now, cancellationToken);

        // The order is written first, with the cart lines it takes: if the process stops while modules hold the lines,
        // the order still expires and its holds are released by OrderJobs.
        Order order;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var ids = lines.Select(l => l.Id).ToList();
            var removed = await db.CartLines.Where(l => ids.Contains(l.Id)).ExecuteDeleteAsync(cancellationToken);
            if (removed != lines.Count)
            {
                await transaction.RollbackAsync(cancellationToken);
                return AppResult<OrderView>.Invalid("Cart", "Ce panier vient d'être validé dans une autre fenêtre : consultez vos commandes.");
            }

            order = NewOrder(familyId, regieId!.Value, lines[0].Commune, purposes.Cart, await numbers.NextAsync(purposes.Cart.NumberPrefix, now, cancellationToken), now, lines.Select(l => new OrderLine
            {
                Id = Guid.NewGuid(), ModuleId = l.ModuleId, ServiceId = l.ServiceId, ChildId = l.ChildId, Date = l.Date, ItemId = l.ItemId, TariffCategoryId = l.TariffCategoryId,
                PriceRule = l.PriceRule, Label = l.Label, UnitCents = l.UnitCents, Quantity = l.Quantity, TotalCents = l.UnitCents * l.Quantity,
            }).ToList());
            db.Orders.Add(order);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var held = await HoldAsync(order, cancellationToken);
        if (!held.Succeeded)
        {
            await UndoAsync(order, lines, cancellationToken);
            return AppResult<OrderView>.Invalid(held.Errors);
        }

        return AppResult<OrderView>.Ok(await ViewAsync(order, cancellationToken));
    }

    /// <summary>The parent gives up an unpaid order: it is cancelled (unless a payment of it is under way), what it held
    /// is released at once instead of at its expiry, and a booking's lines go back to the cart to be changed.</summary>
    public async Task<AppResult<bool>> AbandonAsync(Guid familyId, Guid orderId, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId && o.FamilyId == familyId, cancellationToken);
        if (order is null)
        {
            return AppResult<bool>.NotFound();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // The order's row is taken first, as a payment's start takes it; a payment started before is then visible.
            var cancelled = await db.Orders.Where(o => o.Id == orderId && o.State == OrderState.PendingPayment)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, OrderState.Cancelled), cancellationToken);
            if (cancelled == 0)
            {
                return AppResult<bool>.Invalid("Order", "Cette commande n'attend plus de paiement : elle ne peut pas être abandonnée.");
            }

            if (await db.Payments.AnyAsync(p => p.ActiveOrderId == orderId, cancellationToken))
            {
                return AppResult<bool>.Invalid("Order", "Un paiement de cette commande est en cours : attendez son résultat avant de l'abandonner.");
            }

            if (purposes.For(order.Kind).BackToCart)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                db.CartLines.AddRange(order.Lines.Select(l => new CartLine
                {
                    Id = Guid.NewGuid(), FamilyId = familyId, ModuleId = l.ModuleId, ServiceId = l.ServiceId, RegieId = order.RegieId, Commune = order.Commune,
                    ChildId = l.ChildId, Date = l.Date, ItemId = l.ItemId, TariffCategoryId = l.TariffCategoryId, PriceRule = l.PriceRule, Label = l.Label, UnitCents = l.UnitCents, Quantity = l.Quantity,
                    AddedAtUtc = now,
                }));
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        // After the commit: a stop before this is repaired by OrderJobs, which tells the modules of every state change.
        await notifier.NotifyAsync(orderId, cancellationToken);
        return AppResult<bool>.Ok(true);
    }

    public async Task<AppResult<OrderView>> GetAsync(Guid familyId, Guid orderId, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId && o.FamilyId == familyId, cancellationToken);
        return order is null ? AppResult<OrderView>.NotFound() : AppResult<OrderView>.Ok(await ViewAsync(order, cancellationToken));
    }

    public async Task<IReadOnlyList<OrderView>> ListAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines)
            .Where(o => o.FamilyId == familyId).OrderByDescending(o => o.CreatedAtUtc).Take(50).ToListAsync(cancellationToken);
        var views = new List<OrderView>();
        foreach (var order in orders)
        {
            views.Add(await ViewAsync(order, cancellationToken));
        }

        return views;
    }

    private async Task<OrderView> ViewAsync(Order order, CancellationToken cancellationToken) => new(
        order.Id,
        order.Number,
        order.RegieId,
        order.Commune,
        order.State,
        order.TotalCents,
        order.CreatedAtUtc,
        order.ExpiresAtUtc,
        order.Lines.OrderBy(l => l.Date).ThenBy(l => l.Label, StringComparer.Ordinal)
            .Select(l => new OrderLineView(l.Id, l.ModuleId, l.ServiceId, l.ChildId, l.Date, l.Label, l.UnitCents, l.Quantity, l.TotalCents, l.RefundedCents)).ToList(),
        order.State == OrderState.PendingPayment
            ? (await channels.ForOrderAsync(order, cancellationToken)).Select(c => new ChannelView(c.Provider.Id, c.Provider.DisplayName, c.Settings.IsSandbox)).ToList()
            : [],
        order.Kind,
        order.State == OrderState.PendingPayment && await db.Payments.AnyAsync(p => p.ActiveOrderId == order.Id, cancellationToken));

    private Order NewOrder(Guid familyId, Guid regieId, string commune, IOrderPurpose purpose, string number, DateTime now, List<OrderLine> lines) =>
        new()
        {
            Id = Guid.NewGuid(),
            Kind = purpose.Kind,
            Number = number,
            FamilyId = familyId,
            RegieId = regieId,
            Commune = commune,
            State = OrderState.PendingPayment,
            CreatedAtUtc = now,
            ExpiresAtUtc = now.AddMinutes(configuration.GetValue("Ordering:PaymentDelayMinutes", 60)),
            Lines = lines,
            TotalCents = lines.Sum(l => l.TotalCents),
        };

    /// <summary>Asks each module to hold its lines of the order, all or none.</summary>
    private async Task<AppResult<bool>> HoldAsync(Order order, CancellationToken cancellationToken)
    {
        foreach (var group in order.Lines.GroupBy(l => l.ModuleId))
        {
            var handler = handlers.SingleOrDefault(h => h.ModuleId == group.Key);
            var result = handler is null
                ? AppResult<bool>.Invalid("Cart", "Un service de votre panier n'est plus proposé : retirez ses lignes.")
                : await handler.HoldAsync(
                    new OrderHold(order.Id, order.FamilyId, group.Select(l => new OrderHoldLine(l.Id, l.ServiceId, order.RegieId, l.ChildId, l.Date, l.TariffCategoryId, l.UnitCents) { ItemId = l.ItemId, PriceRule = l.PriceRule }).ToList()),
                    cancellationToken);
            if (!result.Succeeded)
            {
                return result;
            }
        }

        return AppResult<bool>.Ok(true);
    }

    /// <summary>A module refused its lines: the order is cancelled, what was held is released, and the cart lines come
    /// back so the parent can remove the refused one.</summary>
    private async Task UndoAsync(Order order, IReadOnlyList<CartLine> lines, CancellationToken cancellationToken)
    {
        await db.Orders.Where(o => o.Id == order.Id && o.State == OrderState.PendingPayment)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, OrderState.Cancelled), cancellationToken);
        await notifier.NotifyAsync(order.Id, cancellationToken);
        db.ChangeTracker.Clear();
        db.CartLines.AddRange(lines);
        await db.SaveChangesAsync(cancellationToken);
    }
}
