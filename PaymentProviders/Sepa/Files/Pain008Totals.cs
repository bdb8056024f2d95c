using System.Xml.Linq;

namespace Platform.PaymentProviders.Sepa.Files;

/// <summary>Reads a written document back: every NbOfTxs and CtrlSum must equal its transactions' count and sum.</summary>
internal static class Pain008Totals
{
    public static void Assert(XDocument document, XNamespace ns)
    {
        var header = document.Descendants(ns + "GrpHdr").Single();
        Check(header, document.Descendants(ns + "DrctDbtTxInf").ToList(), ns);
        foreach (var block in document.Descendants(ns + "PmtInf"))
        {
            Check(block, block.Elements(ns + "DrctDbtTxInf").ToList(), ns);
        }
    }

    private static void Check(XElement parent, IReadOnlyList<XElement> transactions, XNamespace ns)
    {
        var count = int.Parse(parent.Element(ns + "NbOfTxs")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        var sum = SepaAmount.ParseCents(parent.Element(ns + "CtrlSum")!.Value);
        var actual = transactions.Sum(t => SepaAmount.ParseCents(t.Element(ns + "InstdAmt")!.Value));
        if (count != transactions.Count || sum != actual)
        {
            throw new InvalidOperationException($"{parent.Name.LocalName}: NbOfTxs {count} / CtrlSum {sum} do not match {transactions.Count} transactions for {actual} cents.");
        }
    }
}
