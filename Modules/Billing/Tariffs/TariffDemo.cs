using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Platform.Core.Booking;
using Platform.Core.Modularity;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Data;
using Platform.Modules.Billing.Documents;

namespace Platform.Modules.Billing.Tariffs;

/// <summary>The demo's garderies price by quotient familial with a sibling discount and credit absences (every day with
/// a medical certificate, after two days without); the demo family's quotient (720 €) is validated for the school year,
/// and a newer certificate (640 €) waits for an agent.</summary>
public sealed class TariffDemo(BillingDbContext db, IPrivateFiles files) : IDemoSeed
{
    public static readonly IReadOnlyList<QuotientBracket> Brackets = [new(600, 50), new(1000, 75), new(null, 100)];
    public static readonly IReadOnlyList<SiblingDiscount> Siblings = [new(2, 10), new(3, 20)];

    public async Task SeedAsync(DemoScenario scenario, CancellationToken cancellationToken)
    {
        var now = scenario.Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        foreach (var service in scenario.Services.Where(s => s.ModuleId == "garderie"))
        {
            db.TariffRules.Add(new TariffRule
            {
                ServiceId = service.Id, Brackets = Brackets.ToList(), ByQuotient = true, Siblings = Siblings.ToList(),
                AbsenceDaysBilledWithCertificate = 0, AbsenceDaysBilledWithoutCertificate = 2, UpdatedAtUtc = now,
            });
        }

        var schoolYear = new DateOnly(scenario.Today.Month >= 8 ? scenario.Today.Year : scenario.Today.Year - 1, 9, 1);
        var certificate = await files.SaveAsync(Certificate(), cancellationToken)
                          ?? throw new InvalidOperationException("The demo certificate was refused by the document store.");
        db.Quotients.Add(new QuotientDeclaration
        {
            Id = Guid.NewGuid(), FamilyId = scenario.FamilyId, Organisation = "CAF", DeclaredValue = 720, StoredFile = certificate.StoredName,
            ContentType = certificate.ContentType, SentAtUtc = schoolYear.AddDays(-10).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            Status = QuotientStatus.Validated, Value = 720, ValidFrom = schoolYear, ValidTo = schoolYear.AddYears(1).AddDays(-1),
            DecidedAtUtc = schoolYear.AddDays(-8).ToDateTime(new TimeOnly(14, 0), DateTimeKind.Utc),
        });
        db.Quotients.Add(new QuotientDeclaration
        {
            Id = Guid.NewGuid(), FamilyId = scenario.FamilyId, Organisation = "CAF", DeclaredValue = 640, StoredFile = certificate.StoredName,
            ContentType = certificate.ContentType, SentAtUtc = now.AddHours(-30), Status = QuotientStatus.Pending,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static byte[] Certificate()
    {
        EmbeddedFonts.Install();
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var font = new XFont(EmbeddedFonts.Family, 14, XFontStyleEx.Regular);
            gfx.DrawString("Attestation de quotient familial (exemple de démonstration)", font, XBrushes.Black, new XPoint(50, 80));
            gfx.DrawString("Quotient familial : 720 €", font, XBrushes.Black, new XPoint(50, 110));
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
