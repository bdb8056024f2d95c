using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Platform.Modules.Billing.Exports;

/// <summary>A minimal Excel workbook (Open XML SDK): a bold header row, then text, dates and amounts as numbers.</summary>
internal static class ExcelWorkbook
{
    public sealed record Sheet(string Name, IReadOnlyList<string> Headers, IReadOnlyList<object[]> Rows);

    public static byte[] Write(IReadOnlyList<Sheet> sheets)
    {
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            foreach (var (sheet, index) in sheets.Select((s, i) => (s, i)))
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData(new Row(sheet.Headers.Select(h => Text(h, style: 1))));
                foreach (var row in sheet.Rows)
                {
                    data.Append(new Row(row.Select(Value)));
                }

                part.Worksheet = new Worksheet(data);
                workbook.Workbook.Sheets!.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet
                {
                    Id = workbook.GetIdOfPart(part), SheetId = (uint)(index + 1), Name = sheet.Name,
                });
            }

            workbook.Workbook.Save();
        }

        return output.ToArray();
    }

    private static Cell Value(object value) => value switch
    {
        decimal amount => new Cell { CellValue = new CellValue(amount), DataType = CellValues.Number, StyleIndex = 2 },
        DateOnly day => new Cell { CellValue = new CellValue(day.ToDateTime(TimeOnly.MinValue).ToOADate()), DataType = CellValues.Number, StyleIndex = 3 },
        _ => Text(value.ToString() ?? ""),
    };

    /// <summary>A text cell, without the characters XML cannot hold (a control character typed somewhere).</summary>
    private static Cell Text(string text, uint style = 0) =>
        new() { InlineString = new InlineString(new Text(new string(text.Where(System.Xml.XmlConvert.IsXmlChar).ToArray()))), DataType = CellValues.InlineString, StyleIndex = style };

    /// <summary>Style 0 plain, 1 bold, 2 amount with two decimals, 3 date dd/mm/yyyy.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 4 });
}
