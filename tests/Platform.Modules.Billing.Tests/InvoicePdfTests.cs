using Platform.Modules.Billing.Application;
using Platform.Modules.Billing.Data;
using Platform.Modules.Billing.Documents;
using UglyToad.PdfPig;
using Xunit;

namespace Platform.Modules.Billing.Tests;

/// <summary>The invoice PDF, read back as text.</summary>
public sealed class InvoicePdfTests
{
    [Fact]
    public void The_pdf_prints_the_regie_the_family_every_line_the_totals_and_the_reference_to_quote()
    {
        var lines = Enumerable.Range(1, 70)
            .Select(d => new InvoiceLineView(new DateOnly(2027, 6, 1).AddDays(d % 30), "Léa", "Garderie – Soir 16:30-18:30", 1, 250, 250))
            .Append(new InvoiceLineView(new DateOnly(2027, 6, 7), "Léa", "Retard à la sortie, départ à 18:46", 1, 1000, 1000))
            .ToList();
        var summary = new InvoiceSummary(Guid.NewGuid(), "F2027-00042", InvoiceKind.Invoice, Guid.NewGuid(), new DateOnly(2027, 6, 1), new DateOnly(2027, 7, 1),
            new DateOnly(2027, 7, 16), 18_500, 5_000, InvoiceStatus.ToPay);
        var detail = new InvoiceDetail(summary, "Facture de juin 2027", null, lines, []);
        var profile = new RegieBillingProfile { RegieId = summary.RegieId, Address = "Mairie de Baneins\n1 place de la Mairie", PaymentTermDays = 15 };

        var pdf = InvoicePdf.Render(detail, new InvoiceLetterhead("Régie scolaire de Baneins", "Communauté de communes de la Dombes", profile, "Famille Martin"));

        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        Assert.Equal(2, document.NumberOfPages);
        Assert.Contains("Régie scolaire de Baneins", text, StringComparison.Ordinal);
        Assert.Contains("Famille Martin", text, StringComparison.Ordinal);
        Assert.Contains("F2027-00042", text, StringComparison.Ordinal);
        Assert.Contains("Juin 2027", text, StringComparison.Ordinal);
        Assert.Contains("Retard à la sortie", text, StringComparison.Ordinal);
        Assert.Contains("185,00 €", text, StringComparison.Ordinal);
        Assert.Contains("135,00 €", text, StringComparison.Ordinal);
        Assert.Contains("F202700042", text, StringComparison.Ordinal);
    }
}
