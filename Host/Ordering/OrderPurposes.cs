using Platform.Core.Application;
using Platform.Core.Ordering;

namespace Platform.Host.Ordering;

/// <summary>The cart's orders: what the booking modules held, paid at once or by redirection.</summary>
public sealed class CartBookingPurpose : IOrderPurpose
{
    public const string OrderKind = "Booking";

    public string Kind => OrderKind;

    public string Title => "Commande";

    public string NumberPrefix => "C";

    public bool InstantChannels => true;

    public string IfUnpaid => "la réservation est annulée";

    public string WhenAbandoned => "Ce qu'elle réserve est libéré et revient dans votre panier.";

    public bool BackToCart => true;

    public string NoOnlineChannel => "Votre commune ne propose pas encore de paiement en ligne : réglez cette commande à la régie.";

    public (string Subject, string Text) Receipt(PaidOrder order)
    {
        var lines = string.Join("\n", order.Lines.OrderBy(l => l.Date).Select(l => $"- {l.Label} : {l.Quantity} × {Euros.Format(l.UnitCents)} = {Euros.Format(l.TotalCents)}"));
        return ($"Réservation confirmée – commande {order.Number}", $"Vos réservations sont confirmées :\n{lines}\n\nTotal : {Euros.Format(order.TotalCents)}");
    }
}

/// <summary>An order whose module is no longer loaded: shown plainly, never paid from an instant channel, never put
/// back in the cart.</summary>
internal sealed class UnknownPurpose(string kind) : IOrderPurpose
{
    public string Kind => kind;

    public string Title => "Commande";

    public string NumberPrefix => "C";

    public bool InstantChannels => false;

    public string IfUnpaid => "elle est annulée";

    public string WhenAbandoned => "La commande est annulée.";

    public bool BackToCart => false;

    public string NoOnlineChannel => "Réglez cette commande à la régie.";

    public (string Subject, string Text) Receipt(PaidOrder order) => ($"Paiement reçu – commande {order.Number}", "");
}

/// <summary>Every purpose an order can have: the cart's, and those the loaded modules register.</summary>
public sealed class OrderPurposes(IEnumerable<IOrderPurpose> registered)
{
    private readonly CartBookingPurpose cart = new();

    public IOrderPurpose For(string kind) => Find(kind) ?? new UnknownPurpose(kind);

    /// <summary>The purpose of that kind, or null when no loaded module registers it.</summary>
    public IOrderPurpose? Find(string kind) => kind == CartBookingPurpose.OrderKind ? cart : registered.FirstOrDefault(p => p.Kind == kind);

    public IOrderPurpose Cart => cart;
}

public static class PaidOrders
{
    /// <summary>An order as its purpose and the modules' contributions see it once paid.</summary>
    public static PaidOrder AsPaid(this Order order) => new(
        order.Number, order.TotalCents, order.Lines.Select(l => new PaidOrderLine(l.ModuleId, l.Label, l.Date, l.Quantity, l.UnitCents, l.TotalCents)).ToList());

    public static PaidOrder AsPaid(this OrderView order) => new(
        order.Number, order.TotalCents, order.Lines.Select(l => new PaidOrderLine(l.ModuleId, l.Label, l.Date, l.Quantity, l.UnitCents, l.TotalCents)).ToList());
}
