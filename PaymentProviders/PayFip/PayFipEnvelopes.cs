using System.Xml.Linq;

namespace Platform.PaymentProviders.PayFip;

/// <summary>The fields of a <c>creerPaiementSecurise</c> call. <paramref name="MontantCents"/> is euro cents.</summary>
internal sealed record PayFipCreation(
    string Numcli, int Exer, string Refdet, long MontantCents, string Mel, string Objet, string Saisie, Uri UrlNotif, Uri UrlRedirect);

/// <summary>Hand-written SOAP 1.1 requests (spec §3.4): the operation element is namespaced, its <c>arg0</c> children
/// are not.</summary>
internal static class PayFipEnvelopes
{
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Service =
        "http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/contrat_paiement_securise/PaiementSecuriseService";

    public static XDocument CreatePayment(PayFipCreation creation) => Envelope("creerPaiementSecurise",
        new XElement("exer", creation.Exer),
        new XElement("mel", creation.Mel),
        new XElement("montant", creation.MontantCents),
        new XElement("numcli", creation.Numcli),
        new XElement("objet", creation.Objet),
        new XElement("refdet", creation.Refdet),
        new XElement("saisie", creation.Saisie),
        new XElement("urlnotif", creation.UrlNotif.AbsoluteUri),
        new XElement("urlredirect", creation.UrlRedirect.AbsoluteUri));

    public static XDocument PaymentDetail(string idOp) => Envelope("recupererDetailPaiementSecurise", new XElement("idOp", idOp));

    private static XDocument Envelope(string operation, params XElement[] arguments) => new(
        new XElement(Soap + "Envelope",
            new XAttribute(XNamespace.Xmlns + "soapenv", Soap),
            new XAttribute(XNamespace.Xmlns + "pai", Service),
            new XElement(Soap + "Header"),
            new XElement(Soap + "Body", new XElement(Service + operation, new XElement("arg0", arguments)))));
}
