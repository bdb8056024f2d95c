using Platform.Core.Application;
using Platform.Core.Ordering;

namespace Platform.Modules.Billing.Application;

/// <summary>An order that pays an invoice online (card, PayFiP): with the commune's invoice channels, the invoice
/// number as debt reference, and paid even when its page lapsed, since the debt does not.</summary>
public sealed class InvoicePurpose : IOrderPurpose
{
    public const string OrderKind = "Invoice";

    public string Kind => OrderKind;

    public string Title => "Paiement de facture";

    public string NumberPrefix => "P";

    public bool InstantChannels => false;

    public string IfUnpaid => "le paiement est abandonné (la facture reste à payer)";

    public string WhenAbandoned => "La facture reste à payer : vous pourrez la régler plus tard depuis « Mes factures ».";

    public bool BackToCart => false;

    public string NoOnlineChannel => "Votre commune ne propose pas de paiement en ligne des factures : réglez-la à la régie.";

    public bool PaysInvoices => true;

    public bool PaidWhenLate => true;

    public (string Subject, string Text) Receipt(PaidOrder order) =>
        ($"Paiement reçu – {order.Lines[0].Label}", $"Il est déduit de votre facture ; le détail est dans « Mes factures ».");
}
