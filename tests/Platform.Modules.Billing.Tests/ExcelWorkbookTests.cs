using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Platform.Modules.Billing.Exports;
using Xunit;

namespace Platform.Modules.Billing.Tests;

/// <summary>The Excel export read back with the Open XML SDK.</summary>
public sealed class ExcelWorkbookTests
{
    [Fact]
    public void Each_sheet_has_its_header_then_text_dates_and_amounts_as_numbers()
    {
        var bytes = ExcelWorkbook.Write(
        [
            new ExcelWorkbook.Sheet("Factures", ["Numéro", "Émise le", "Montant (€)"], [["F2027-00001", new DateOnly(2027, 7, 1), 21.5m]]),
            new ExcelWorkbook.Sheet("Paiements", ["Date"], []),
        ]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        var first = ((WorksheetPart)document.WorkbookPart.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
        var rows = first.Descendants<Row>().ToList();
        var cells = rows[1].Elements<Cell>().ToList();

        Assert.Equal(["Factures", "Paiements"], sheets);
        Assert.Equal("Numéro", rows[0].Elements<Cell>().First().InnerText);
        Assert.Equal("F2027-00001", cells[0].InnerText);
        Assert.Equal(new DateTime(2027, 7, 1).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), cells[1].CellValue!.Text);
        Assert.Equal("21.5", cells[2].CellValue!.Text);
        Assert.Equal(CellValues.Number, cells[2].DataType!.Value);
    }
}
