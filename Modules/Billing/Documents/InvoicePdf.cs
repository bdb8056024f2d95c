using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Platform.Core.Application;
using Platform.Modules.Billing.Application;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Documents;

/// <summary>What the PDF prints besides the invoice itself.</summary>
public sealed record InvoiceLetterhead(string RegieName, string CollectiviteName, RegieBillingProfile? Profile, string FamilyName);

/// <summary>An invoice or credit note as an A4 PDF: the régie, the family, every line, the totals and how to pay. Made
/// from the stored document only, so it prints the same every time.</summary>
internal static class InvoicePdf
{
    private const double Margin = 40;
    private const double PageWidth = 595;
    private const double PageHeight = 842;
    private const double RowHeight = 15;
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Columns: date, child, label, quantity, unit price, amount (x and width).</summary>
    private static readonly (double X, double Width)[] Columns = [(Margin, 38), (78, 62), (140, 255), (395, 30), (425, 60), (485, 70)];

    public static byte[] Render(InvoiceDetail invoice, InvoiceLetterhead head)
    {
        EmbeddedFonts.Install();
        var regular = new XFont(EmbeddedFonts.Family, 9, XFontStyleEx.Regular);
        var bold = new XFont(EmbeddedFonts.Family, 9, XFontStyleEx.Bold);
        var title = new XFont(EmbeddedFonts.Family, 16, XFontStyleEx.Bold);
        var summary = invoice.Summary;
        var isNote = summary.Kind == InvoiceKind.CreditNote;

        using var document = new PdfDocument();
        document.Info.Title = $"{(isNote ? "Avoir" : "Facture")} {summary.Number}";
        document.Info.Author = head.RegieName;
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        var gfx = XGraphics.FromPdfPage(page);

        var y = Margin;
        Text(gfx, head.RegieName, bold, Margin, y);
        Text(gfx, head.CollectiviteName, regular, Margin, y += 12);
        foreach (var line in (head.Profile?.Address ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Text(gfx, line, regular, Margin, y += 12);
        }

        foreach (var contact in new[] { head.Profile?.Phone, head.Profile?.Email }.Where(c => !string.IsNullOrWhiteSpace(c)))
        {
            Text(gfx, contact!, regular, Margin, y += 12);
        }

        var right = 330.0;
        Text(gfx, isNote ? "AVOIR" : "FACTURE", title, right, Margin);
        var facts = new List<(string, string)>
        {
            ("Numéro", summary.Number),
            ("Date d'émission", summary.IssuedOn.ToString("dd/MM/yyyy", French)),
            ("Période", FrenchMonths.Title(summary.Period)),
        };
        if (isNote)
        {
            facts.Add(("Sur la facture", invoice.CorrectsNumber ?? ""));
        }
        else
        {
            facts.Add(("À payer avant le", summary.DueOn.ToString("dd/MM/yyyy", French)));
        }

        var factY = Margin + 22;
        foreach (var (label, value) in facts)
        {
            Text(gfx, label, regular, right, factY);
            Text(gfx, value, bold, right + 95, factY);
            factY += 12;
        }

        y = Math.Max(y, factY) + 18;
        Text(gfx, head.FamilyName, bold, Margin, y);
        Text(gfx, invoice.Reason, regular, Margin, y += 12);
        y += 22;

        y = Header(gfx, bold, y);
        foreach (var line in invoice.Lines)
        {
            if (y > PageHeight - Margin - 90)
            {
                page = document.AddPage();
                page.Width = XUnit.FromPoint(PageWidth);
                page.Height = XUnit.FromPoint(PageHeight);
                gfx.Dispose();
                gfx = XGraphics.FromPdfPage(page);
                y = Header(gfx, bold, Margin);
            }

            Cell(gfx, line.Date.ToString("dd/MM", French), regular, 0, y);
            Cell(gfx, line.ChildName ?? "", regular, 1, y);
            Cell(gfx, line.Label, regular, 2, y);
            Cell(gfx, line.Quantity.ToString(French), regular, 3, y, alignRight: true);
            Cell(gfx, Amount(line.UnitCents), regular, 4, y, alignRight: true);
            Cell(gfx, Amount(line.TotalCents), regular, 5, y, alignRight: true);
            y += RowHeight;
        }

        gfx.DrawLine(XPens.Black, Margin, y, PageWidth - Margin, y);
        y += 8;
        var totals = isNote
            ? new List<(string, long)> { ("Montant de l'avoir", summary.TotalCents) }
            : [("Total de la facture", summary.TotalCents), ("Déjà réglé", summary.PaidCents), ("Reste à payer", summary.DueCents)];
        foreach (var (label, cents) in totals)
        {
            Text(gfx, label, bold, 330, y);
            Cell(gfx, Amount(cents), bold, 5, y, alignRight: true);
            y += RowHeight;
        }

        y += 12;
        var closing = isNote
            ? "Cet avoir est déduit de ce qui vous reste à payer ; un excédent est déduit de votre prochaine facture."
            : $"Payez en ligne depuis « Mes factures » sur le portail famille, ou à la régie, en rappelant la référence {InvoiceNumbers.DebtReference(summary.Number)}.";
        Text(gfx, closing, regular, Margin, y);
        gfx.Dispose();

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static double Header(XGraphics gfx, XFont bold, double y)
    {
        string[] titles = ["Date", "Enfant", "Désignation", "Qté", "Prix unit.", "Montant"];
        for (var i = 0; i < titles.Length; i++)
        {
            Cell(gfx, titles[i], bold, i, y, alignRight: i >= 3);
        }

        gfx.DrawLine(XPens.Black, Margin, y + RowHeight - 3, PageWidth - Margin, y + RowHeight - 3);
        return y + RowHeight + 2;
    }

    /// <summary>Amounts with a plain space where the portal puts a narrow no-break one, so the text copied from the PDF
    /// reads plainly.</summary>
    private static string Amount(long cents) => Euros.Format(cents).Replace('\u202F', ' ');

    private static void Text(XGraphics gfx, string text, XFont font, double x, double y) =>
        gfx.DrawString(text, font, XBrushes.Black, new XPoint(x, y + font.Size), XStringFormats.BaseLineLeft);

    private static void Cell(XGraphics gfx, string text, XFont font, int column, double y, bool alignRight = false)
    {
        var (x, width) = Columns[column];
        var shown = Fit(gfx, text, font, width - 4);
        var format = alignRight ? XStringFormats.BaseLineRight : XStringFormats.BaseLineLeft;
        gfx.DrawString(shown, font, XBrushes.Black, new XPoint(alignRight ? x + width : x, y + font.Size), format);
    }

    private static string Fit(XGraphics gfx, string text, XFont font, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && gfx.MeasureString(cut + "…", font).Width > width)
        {
            cut = cut[..^1];
        }

        return cut.TrimEnd() + "…";
    }
}
