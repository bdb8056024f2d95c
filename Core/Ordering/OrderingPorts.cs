using Platform.Core.Application;

namespace Platform.Core.Ordering;

/// <summary>The family's cart, shared by every module. Implemented by the host.</summary>
public interface ICart
{
    /// <summary>Adds lines, all or none.</summary>
    Task<AppResult<int>> AddAsync(Guid familyId, IReadOnlyList<CartLineRequest> lines, CancellationToken cancellationToken);

    /// <summary>What the family already has in its cart for a module, so the module refuses duplicates.</summary>
    Task<IReadOnlyList<CartLineSummary>> LinesAsync(Guid familyId, string moduleId, CancellationToken cancellationToken);
}

/// <param name="Label">What the parent reads ("Repas du lundi 07/06/2027 – Léa").</param>
public sealed record CartLineRequest(
    string ModuleId,
    Guid ServiceId,
    Guid RegieId,
    string Commune,
    Guid? ChildId,
    DateOnly? Date,
    Guid? TariffCategoryId,
    string Label,
    long UnitCents,
    int Quantity)
{
    /// <summary>What is booked within the service on that date, when a day holds several (a care slot, a sport
    /// session); null for a meal. Platform API 1.3.</summary>
    public Guid? ItemId { get; init; }

    /// <summary>The tariff rule that adjusted the price, kept with the line (<see cref="Booking.RuledPrice"/>). Platform
    /// API 1.6.</summary>
    public string? PriceRule { get; init; }
}

public sealed record CartLineSummary(Guid Id, Guid ServiceId, Guid? ChildId, DateOnly? Date)
{
    /// <inheritdoc cref="CartLineRequest.ItemId"/>
    public Guid? ItemId { get; init; }
}

/// <summary>Implemented by each module that sells through the cart: holds, confirms and releases what an order's lines
/// describe. Every call is idempotent: the host may repeat it after a crash.</summary>
public interface IOrderLineHandler
{
    string ModuleId { get; }

    /// <summary>At checkout: checks again (deadlines, duplicates, seats) and holds the lines, all or none.</summary>
    Task<AppResult<bool>> HoldAsync(OrderHold hold, CancellationToken cancellationToken);

    /// <summary>Before payment: whether every held line can still be sold (deadline not passed).</summary>
    Task<AppResult<bool>> CheckAsync(Guid orderId, CancellationToken cancellationToken);

    /// <summary>The order is paid: the held lines become firm.</summary>
    Task ConfirmAsync(Guid orderId, CancellationToken cancellationToken);

    /// <summary>The order expired unpaid or was cancelled: what was held is freed.</summary>
    Task ReleaseAsync(Guid orderId, CancellationToken cancellationToken);
}

public sealed record OrderHold(Guid OrderId, Guid FamilyId, IReadOnlyList<OrderHoldLine> Lines);

public sealed record OrderHoldLine(Guid OrderLineId, Guid ServiceId, Guid RegieId, Guid? ChildId, DateOnly? Date, Guid? TariffCategoryId, long UnitCents)
{
    /// <inheritdoc cref="CartLineRequest.ItemId"/>
    public Guid? ItemId { get; init; }

    /// <inheritdoc cref="CartLineRequest.PriceRule"/>
    public string? PriceRule { get; init; }
}

/// <summary>Gives back the amount of a paid order line through the channel that paid it (the wallet scope that paid,
/// for a wallet payment). Implemented by the host.</summary>
public interface IOrderRefunds
{
    Task<AppResult<long>> RefundLineAsync(Guid orderLineId, string reason, CancellationToken cancellationToken);
}

/// <summary>Places an order without the cart, for what is bought alone (a wallet top-up). Implemented by the host; the
/// parent then pays it on the order page.</summary>
public interface IOrderDesk
{
    /// <summary>An order of one line, held by the module's <see cref="IOrderLineHandler"/>, with the purpose of
    /// <see cref="DirectOrder.Kind"/>.</summary>
    Task<AppResult<Guid>> PlaceAsync(Guid familyId, DirectOrder order, CancellationToken cancellationToken);

    /// <summary>Platform API 1.1, kept for the plugins built against it (minor versions are additive).</summary>
    [Obsolete("Use PlaceAsync with the module's order purpose.")]
    Task<AppResult<Guid>> PlaceWalletTopUpAsync(Guid familyId, WalletTopUpRequest request, CancellationToken cancellationToken) =>
        PlaceAsync(familyId, new DirectOrder("WalletTopUp", request.ModuleId, request.RegieId, request.Commune, request.Cents, request.Label), cancellationToken);
}

/// <summary>Platform API 1.1 (see <see cref="IOrderDesk.PlaceWalletTopUpAsync"/>).</summary>
public sealed record WalletTopUpRequest(string ModuleId, Guid RegieId, string Commune, long Cents, string Label);
