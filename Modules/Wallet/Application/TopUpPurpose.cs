using Platform.Core.Application;
using Platform.Core.Ordering;

namespace Platform.Modules.Wallet.Application;

/// <summary>An order that puts money in the wallet: paid by card or PayFiP, never from the wallet itself.</summary>
public sealed class TopUpPurpose : IOrderPurpose
{
    public const string OrderKind = "WalletTopUp";

    public string Kind => OrderKind;

    public string Title => "Recharge du porte-monnaie";

    public string NumberPrefix => "R";

    public bool InstantChannels => false;

    public string IfUnpaid => "la recharge est annulée";

    public string WhenAbandoned => "La recharge est annulée.";

    public bool BackToCart => false;

    public string NoOnlineChannel => "Votre commune ne propose pas de paiement en ligne pour recharger le porte-monnaie : adressez-vous à la régie.";

    public (string Subject, string Text) Receipt(PaidOrder order) =>
        ($"Porte-monnaie rechargé – {order.Number}", $"Votre porte-monnaie est crédité de {Euros.Format(order.TotalCents)}.");
}
