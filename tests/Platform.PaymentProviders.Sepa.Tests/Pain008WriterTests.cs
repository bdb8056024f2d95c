using System.Xml.Linq;
using Platform.PaymentProviders.Sepa.Domain;
using Platform.PaymentProviders.Sepa.Files;
using Platform.PaymentProviders.Sepa.Settings;
using Xunit;

namespace Platform.PaymentProviders.Sepa.Tests;

public sealed class Pain008WriterTests
{
    private static readonly DateOnly Signed = new(2026, 9, 1);
    private static readonly DateOnly Thursday = new(2026, 12, 10);
    private static readonly DateOnly Tuesday = new(2026, 12, 15);
    private readonly FixedClock clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly Mandate withBic = TestCreditor.Mandate("PF-260901-AAAAAAAAAA", Signed, bic: "AGRIFRPP882");
    private readonly Mandate withoutBic = TestCreditor.Mandate("PF-260901-BBBBBBBBBB", Signed, iban: "DE89370400440532013000");
    private readonly Mandate oneOff = TestCreditor.Mandate("PF-260901-CCCCCCCCCC", Signed, iban: "BE68539007547034", bic: "1234BEBB", kind: MandateKind.OneOff);

    private List<DirectDebitCollection> Batch() =>
    [
        new(withBic, 1250, Thursday, "E2E-1", "Cantine novembre 2026 – Léa"),
        new(withoutBic, 5, Thursday, "E2E-2", "Garderie"),
        new(oneOff, 100_000, Thursday, "E2E-3", "Séjour d'été"),
        new(withBic, 3040, Tuesday, "E2E-4", "8 repas × 3,80 €"),
    ];

    [Theory]
    [InlineData(SepaFileFormats.Version08)]
    [InlineData(SepaFileFormats.Version02)]
    public void The_file_matches_the_iso_schema(string format)
    {
        var creditor = TestCreditor.Read(TestCreditor.Settings(format));

        var file = Write(creditor, Batch());

        SepaSchemas.AssertValid(file.Xml, creditor.Format);
    }

    [Theory]
    [InlineData(SepaFileFormats.Version08)]
    [InlineData(SepaFileFormats.Version02)]
    public void A_file_without_any_bic_matches_the_iso_schema_with_NOTPROVIDED(string format)
    {
        var creditor = TestCreditor.Read(TestCreditor.Settings(format, bic: null));

        var file = Write(creditor, [new(withoutBic, 990, Thursday, "E2E-9", "Cantine")]);

        SepaSchemas.AssertValid(file.Xml, creditor.Format);
        var (doc, ns) = Parse(file, creditor.Format);
        Assert.All(doc.Descendants(ns + "FinInstnId"), f => Assert.Equal("NOTPROVIDED", f.Element(ns + "Othr")!.Element(ns + "Id")!.Value));
    }

    [Fact]
    public void The_header_counts_and_sums_every_transaction()
    {
        var creditor = TestCreditor.Read(TestCreditor.Settings());

        var file = Write(creditor, Batch());

        var (doc, ns) = Parse(file, creditor.Format);
        var header = doc.Descendants(ns + "GrpHdr").Single();
        Assert.Equal(file.MessageId, header.Element(ns + "MsgId")!.Value);
        Assert.Equal("2026-11-25T10:00:00", header.Element(ns + "CreDtTm")!.Value);
        Assert.Equal("4", header.Element(ns + "NbOfTxs")!.Value);
        Assert.Equal("1042.95", header.Element(ns + "CtrlSum")!.Value);
        Assert.Equal("Regie cantine Communaute de communes de la Dombes", header.Element(ns + "InitgPty")!.Element(ns + "Nm")!.Value);
        Assert.Equal(4, file.TransactionCount);
        Assert.Equal(104_295, file.TotalCents);
        Assert.True(file.MessageId.Length <= 35);
    }

    [Fact]
    public void One_payment_block_per_due_date_and_sequence_type_each_with_its_own_totals()
    {
        var creditor = TestCreditor.Read(TestCreditor.Settings());

        var file = Write(creditor, Batch());

        var (doc, ns) = Parse(file, creditor.Format);
        var blocks = doc.Descendants(ns + "PmtInf").Select(b => new
        {
            Id = b.Element(ns + "PmtInfId")!.Value,
            Date = b.Element(ns + "ReqdColltnDt")!.Value,
            Sequence = b.Element(ns + "PmtTpInf")!.Element(ns + "SeqTp")!.Value,
            Count = b.Element(ns + "NbOfTxs")!.Value,
            Sum = b.Element(ns + "CtrlSum")!.Value,
            Ids = b.Elements(ns + "DrctDbtTxInf").Select(t => t.Element(ns + "PmtId")!.Element(ns + "EndToEndId")!.Value).ToList(),
        }).ToList();
        Assert.Equal(
            [("2026-12-10", "RCUR", "2", "12.55"), ("2026-12-10", "OOFF", "1", "1000.00"), ("2026-12-15", "RCUR", "1", "30.40")],
            blocks.Select(b => (b.Date, b.Sequence, b.Count, b.Sum)).ToList());
        Assert.Equal([["E2E-1", "E2E-2"], ["E2E-3"], ["E2E-4"]], blocks.Select(b => b.Ids).ToList());
        Assert.Equal(3, blocks.Select(b => b.Id).Distinct().Count());
        Assert.All(blocks, b => Assert.StartsWith(file.MessageId, b.Id));
        Assert.All(blocks, b => Assert.True(b.Id.Length <= 35));
    }

    [Fact]
    public void Each_block_names_the_creditor_its_account_scheme_and_booking_mode()
    {
        var creditor = TestCreditor.Read(TestCreditor.Settings(batch: "false"));

        var (doc, ns) = Parse(Write(creditor, Batch()), creditor.Format);

        var block = doc.Descendants(ns + "PmtInf").First();
        Assert.Equal("DD", block.Element(ns + "PmtMtd")!.Value);
        Assert.Equal("false", block.Element(ns + "BtchBookg")!.Value);
        Assert.Equal("SEPA", block.Element(ns + "PmtTpInf")!.Element(ns + "SvcLvl")!.Element(ns + "Cd")!.Value);
        Assert.Equal("CORE", block.Element(ns + "PmtTpInf")!.Element(ns + "LclInstrm")!.Element(ns + "Cd")!.Value);
        Assert.Equal("FR7630006000011234567890189", block.Element(ns + "CdtrAcct")!.Descendants(ns + "IBAN").Single().Value);
        Assert.Equal("AGRIFRPP882", block.Element(ns + "CdtrAgt")!.Descendants(ns + "BICFI").Single().Value);
        Assert.Equal("SLEV", block.Element(ns + "ChrgBr")!.Value);
        var scheme = block.Element(ns + "CdtrSchmeId")!.Descendants(ns + "Othr").Single();
        Assert.Equal(TestCreditor.Ics, scheme.Element(ns + "Id")!.Value);
        Assert.Equal("SEPA", scheme.Element(ns + "SchmeNm")!.Element(ns + "Prtry")!.Value);
    }

    [Fact]
    public void Transactions_carry_amount_mandate_debtor_and_remittance_in_sepa_characters()
    {
        var creditor = TestCreditor.Read(TestCreditor.Settings());

        var (doc, ns) = Parse(Write(creditor, Batch()), creditor.Format);

        var transactions = doc.Descendants(ns + "DrctDbtTxInf").ToDictionary(t => t.Descendants(ns + "EndToEndId").Single().Value);
        var first = transactions["E2E-1"];
        var amount = first.Element(ns + "InstdAmt")!;
        Assert.Equal("12.50", amount.Value);
        Assert.Equal("EUR", amount.Attribute("Ccy")!.Value);
        Assert.Equal("0.05", transactions["E2E-2"].Element(ns + "InstdAmt")!.Value);
        var mandate = first.Element(ns + "DrctDbtTx")!.Element(ns + "MndtRltdInf")!;
        Assert.Equal("PF-260901-AAAAAAAAAA", mandate.Element(ns + "MndtId")!.Value);
        Assert.Equal("2026-09-01", mandate.Element(ns + "DtOfSgntr")!.Value);
        Assert.Equal("false", mandate.Element(ns + "AmdmntInd")!.Value);
        Assert.Equal("AGRIFRPP882", first.Element(ns + "DbtrAgt")!.Descendants(ns + "BICFI").Single().Value);
        Assert.Equal("NOTPROVIDED", transactions["E2E-2"].Element(ns + "DbtrAgt")!.Descendants(ns + "Id").Single().Value);
        Assert.Equal("Helene Dupre-Loeuvre", first.Element(ns + "Dbtr")!.Element(ns + "Nm")!.Value);
        Assert.Equal("FR1420041010050500013M02606", first.Element(ns + "DbtrAcct")!.Descendants(ns + "IBAN").Single().Value);
        Assert.Equal("Cantine novembre 2026 Lea", first.Element(ns + "RmtInf")!.Element(ns + "Ustrd")!.Value);
        Assert.Equal("8 repas 3,80", transactions["E2E-4"].Element(ns + "RmtInf")!.Element(ns + "Ustrd")!.Value);
    }

    [Fact]
    public void Version_02_writes_BIC_only_where_its_older_pattern_fits()
    {
        var creditor = TestCreditor.Read(TestCreditor.Settings(SepaFileFormats.Version02));

        var (doc, ns) = Parse(Write(creditor, Batch()), creditor.Format);

        Assert.Empty(doc.Descendants(ns + "BICFI"));
        var transactions = doc.Descendants(ns + "DrctDbtTxInf").ToDictionary(t => t.Descendants(ns + "EndToEndId").Single().Value);
        Assert.Equal("AGRIFRPP882", transactions["E2E-1"].Element(ns + "DbtrAgt")!.Descendants(ns + "BIC").Single().Value);
        Assert.Equal("NOTPROVIDED", transactions["E2E-3"].Element(ns + "DbtrAgt")!.Descendants(ns + "Id").Single().Value);
    }

    [Fact]
    public void Two_files_never_share_a_message_id()
    {
        var creditor = TestCreditor.Read(TestCreditor.Settings());

        Assert.NotEqual(Write(creditor, Batch()).MessageId, Write(creditor, Batch()).MessageId);
    }

    [Fact]
    public void An_empty_batch_is_refused()
    {
        var result = new Pain008Writer(clock).Write(TestCreditor.Read(TestCreditor.Settings()), []);

        Assert.Null(result.File);
        Assert.Equal("Aucun prélèvement à mettre dans le fichier : le lot est vide.", result.Error);
    }

    [Fact]
    public void A_collection_on_a_revoked_mandate_is_never_presented()
    {
        var revoked = TestCreditor.Mandate("PF-260901-DDDDDDDDDD", Signed, bic: "AGRIFRPP882");
        Assert.True(revoked.TryRevoke(Signed.AddDays(3)));

        var result = new Pain008Writer(clock).Write(TestCreditor.Read(TestCreditor.Settings()), [new(revoked, 1250, Thursday, "E2E-9", "Cantine")]);

        Assert.Null(result.File);
        Assert.StartsWith("Le mandat PF-260901-DDDDDDDDDD a été révoqué le", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_due_date_on_a_target_closing_day_is_refused()
    {
        var result = new Pain008Writer(clock).Write(TestCreditor.Read(TestCreditor.Settings()), [new(withBic, 1250, new DateOnly(2026, 12, 25), "E2E-1", "Cantine")]);

        Assert.Equal("Le vendredi 25 décembre 2026 n'est pas un jour ouvré TARGET : choisissez par exemple le lundi 28 décembre 2026.", result.Error);
    }

    [Fact]
    public void A_due_date_inside_the_pre_notification_delay_is_refused()
    {
        var result = new Pain008Writer(clock).Write(TestCreditor.Read(TestCreditor.Settings()), [new(withBic, 1250, new DateOnly(2026, 12, 8), "E2E-1", "Cantine")]);

        Assert.Equal(
            "L'échéance du mardi 8 décembre 2026 est trop proche : les familles doivent être prévenues 14 jours avant, l'échéance doit donc tomber le mercredi 9 décembre 2026 au plus tôt.",
            result.Error);
    }

    [Fact]
    public void Duplicate_end_to_end_ids_zero_amounts_and_another_creditors_mandates_are_refused()
    {
        var writer = new Pain008Writer(clock);
        var creditor = TestCreditor.Read(TestCreditor.Settings());
        var foreign = TestCreditor.Read(TestCreditor.Settings() with
        {
            Values = new Dictionary<string, string>(TestCreditor.Settings().Values) { [SepaSettings.CreditorIdentifier] = "ES23ZZZ47690558N" },
        });

        Assert.Contains("apparaît deux fois", writer.Write(creditor, [new(withBic, 100, Thursday, "E2E-1", "a"), new(withoutBic, 100, Thursday, "E2E-1", "b")]).Error);
        Assert.Contains("montant positif", writer.Write(creditor, [new(withBic, 0, Thursday, "E2E-1", "a")]).Error);
        Assert.Contains("n'est pas acceptée par les banques", writer.Write(creditor, [new(withBic, 100, Thursday, "E2E 1", "a")]).Error);
        Assert.Equal("Le mandat PF-260901-AAAAAAAAAA a été signé pour un autre créancier (FR72ZZZ123456).", writer.Write(foreign, [new(withBic, 100, Thursday, "E2E-1", "a")]).Error);
    }

    private SepaFile Write(CreditorSettings creditor, IReadOnlyList<DirectDebitCollection> collections)
    {
        var result = new Pain008Writer(clock).Write(creditor, collections);
        Assert.Null(result.Error);
        return result.File!;
    }

    private static (XDocument Document, XNamespace Ns) Parse(SepaFile file, SepaFileFormat format)
    {
        var document = XDocument.Parse(file.Xml);
        XNamespace ns = format.Namespace();
        Assert.Equal(ns + "Document", document.Root!.Name);
        return (document, ns);
    }
}
