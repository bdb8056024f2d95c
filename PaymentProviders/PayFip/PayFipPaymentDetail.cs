using System.Globalization;
using System.Xml.Linq;

namespace Platform.PaymentProviders.PayFip;

/// <summary>The fields of a <c>recupererDetailPaiementSecurise</c> answer we check or use. <paramref name="MontantCents"/>
/// is euro cents, as reported.</summary>
internal sealed record PayFipPaymentDetail(string IdOp, string Numcli, string Refdet, string Resultrans, long MontantCents, string Saisie)
{
    public static PayFipPaymentDetail Read(XElement result)
    {
        string Field(string name) => result.Element(name)?.Value.Trim() is { Length: > 0 } value
            ? value
            : throw new PayFipUnavailableException($"PayFiP's payment detail has no '{name}'.");

        return long.TryParse(Field("montant"), NumberStyles.None, CultureInfo.InvariantCulture, out var montant)
            ? new PayFipPaymentDetail(Field("idOp"), Field("numcli"), Field("refdet"), Field("resultrans"), montant, Field("saisie"))
            : throw new PayFipUnavailableException($"PayFiP's payment detail has an unreadable montant '{Field("montant")}'.");
    }
}
