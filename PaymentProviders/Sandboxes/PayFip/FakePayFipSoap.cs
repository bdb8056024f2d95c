using System.Xml;
using System.Xml.Linq;

namespace Platform.PaymentProviders.Sandboxes.PayFip;

/// <summary>An answer of the fake's SOAP endpoint; faults go out with HTTP 500, as SOAP 1.1 has it.</summary>
internal sealed record FakePayFipSoapReply(string Xml, bool IsFault);

/// <summary>The SOAP side of the fake: reads a call, writes an answer or a fault, shaped like PayFiP's (spec §3.4–3.5).</summary>
internal static class FakePayFipSoap
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Service =
        "http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/contrat_paiement_securise/PaiementSecuriseService";
    private static readonly XNamespace Reponse = "http://securite.service.tpa.cp.finances.gouv.fr/reponse";

    /// <summary>The operation's local name and its <c>arg0</c> children by name, or null for something that is not such a call.</summary>
    public static (string Operation, IReadOnlyDictionary<string, string> Arguments)? Read(string body)
    {
        try
        {
            var call = XDocument.Parse(body).Root?.Element(Soap + "Body")?.Elements().FirstOrDefault();
            if (call is null || call.Name.Namespace != Service || call.Element("arg0") is not { } arg0)
            {
                return null;
            }

            return (call.Name.LocalName, arg0.Elements().GroupBy(e => e.Name.LocalName).ToDictionary(g => g.Key, g => g.First().Value.Trim()));
        }
        catch (XmlException)
        {
            return null;
        }
    }

    public static FakePayFipSoapReply Answer(string operation, params (string Name, object Value)[] fields) => new(Envelope(
        new XElement(Service + $"{operation}Response", new XAttribute(XNamespace.Xmlns + "ns2", Service), new XElement("return", fields.Select(f => new XElement(f.Name, f.Value))))),
        IsFault: false);

    public static FakePayFipSoapReply FunctionalFault(string code, string libelle) => Fault(
        "fr.gouv.finances.cp.tpa.webservice.exceptions.FonctionnelleErreur",
        new XElement(Reponse + "FonctionnelleErreur", new XAttribute(XNamespace.Xmlns + "ns2", Reponse),
            new XElement("code", code), new XElement("descriptif", libelle), new XElement("libelle", libelle), new XElement("severite", 2)));

    /// <summary>A malformed call: PayFiP's <c>TechProtocolaireErreur</c>.</summary>
    public static FakePayFipSoapReply ProtocolFault(string message) => Fault(
        "fr.gouv.finances.cp.tpa.webservice.exceptions.TechProtocolaireErreur",
        new XElement(Reponse + "TechProtocolaireErreur", new XAttribute(XNamespace.Xmlns + "ns2", Reponse), new XElement("descriptif", message)));

    private static FakePayFipSoapReply Fault(string faultstring, XElement detail) => new(Envelope(
        new XElement(Soap + "Fault",
            new XElement("faultcode", "soap:Server"), new XElement("faultstring", faultstring), new XElement("detail", detail))), IsFault: true);

    private static string Envelope(XElement content) =>
        new XDocument(new XElement(Soap + "Envelope", new XAttribute(XNamespace.Xmlns + "soap", Soap), new XElement(Soap + "Body", content)))
            .ToString(SaveOptions.DisableFormatting);
}
