using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Platform.Core.Billing;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Exports;
using Xunit;

namespace Platform.Modules.Billing.Tests;

/// <summary>The PES V2 ORMC file, one test per rule of the spec (../shared/specs/pes-v2-ormc.md, sections named).</summary>
public sealed class PesOrmcWriterTests
{
    private static readonly XNamespace N = PesOrmcWriter.Namespace;
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7 facture");
    private static readonly PesSettings Codes = new("0101234", "21010029100017", "029", "01", "BUDGET PRINCIPAL", "PERI", "588");

    private static readonly PesBordereau Month = new(2027, 7, new DateOnly(2027, 7, 1), new DateOnly(2027, 6, 1), "Communauté de communes de la Dombes",
    [
        new PesTitle(1, "F2027-00041", 2150, new FamilyPayer(true, "Martin-Lefèvre", "Hélène", "12 rue des Étangs", "01990", "Baneins"), "FAM1", null, Pdf),
        new PesTitle(2, "F2027-00042", 1000, new FamilyPayer(false, "Durand", "Noël", "3 chemin du Lac", "B-1000", "Bruxelles"), "FAM2",
            new PesDebit(new DebitMandate("RUM-ABC-01", new DateOnly(2026, 9, 3), "FR1420041010050500013M02606", null, "Noël Durand"), new DateOnly(2027, 7, 16), 1000), Pdf),
    ]);

    private static XDocument File() => XDocument.Load(new MemoryStream(PesOrmcWriter.Write(Codes, Month, "ORMC_2027_000007.xml")));

    private static string V(XElement parent, string name) => parent.Element(name)!.Attribute("V")!.Value;

    [Fact]
    public void Root_is_PES_Aller_in_the_aller_namespace_with_unqualified_children_in_order()
    {
        var root = File().Root!;

        Assert.Equal(N + "PES_Aller", root.Name);
        Assert.Equal(["Enveloppe", "EnTetePES", "PES_RecetteAller", "PES_PJ"], root.Elements().Select(e => e.Name.ToString()));
    }

    [Fact]
    public void Every_value_is_in_a_V_attribute_and_the_only_text_is_an_attachment()
    {
        var withText = File().Descendants().Where(e => !e.HasElements && e.Nodes().OfType<XText>().Any()).Select(e => e.Name.LocalName).Distinct();

        Assert.Equal(["Fichier"], withText);
        Assert.All(File().Descendants().Where(e => !e.HasElements && e.Name.LocalName != "Fichier"), e => Assert.NotNull(e.Attribute("V")));
    }

    [Fact]
    public void The_file_is_iso_8859_1_and_free_text_is_in_capitals_without_accents()
    {
        var bytes = PesOrmcWriter.Write(Codes, Month, "ORMC_2027_000007.xml");
        var head = Encoding.Latin1.GetString(bytes, 0, 60);
        var tiers = File().Descendants("InfoTiers").First();

        Assert.Contains("encoding=\"iso-8859-1\"", head, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(("MARTIN-LEFEVRE", "HELENE"), (V(tiers, "Nom"), V(tiers, "Prenom")));
        Assert.Equal("12 RUE DES ETANGS", V(File().Descendants("Tiers").First().Element("Adresse")!, "Adr2"));
    }

    [Fact]
    public void The_envelope_says_a_version_2_ORMC_file_and_its_name()
    {
        var parameters = File().Root!.Element("Enveloppe")!.Element("Parametres")!;

        Assert.Equal(("2", "PESORMC", "ORMC_2027_000007.xml"), (V(parameters, "Version"), V(parameters, "TypFic"), V(parameters, "NomFic")));
    }

    [Fact]
    public void The_header_carries_the_regie_codes_and_the_recette_header_version_2_not_dematerialised()
    {
        var header = File().Root!.Element("EnTetePES")!;
        var recette = File().Descendants("EnTeteRecette").Single();

        Assert.Equal(("0101234", "21010029100017", "029", "01"), (V(header, "IdPost"), V(header, "IdColl"), V(header, "CodCol"), V(header, "CodBud")));
        Assert.Equal(("2", "0"), (V(recette, "IdVer"), V(recette, "InfoDematerialisee")));
    }

    [Fact]
    public void The_bordereau_is_an_ORMC_role_whose_count_and_total_are_its_titles()
    {
        var block = File().Descendants("BlocBordereau").Single();
        var lines = File().Descendants("InfoLignePiece").Select(l => decimal.Parse(V(l, "MtHT"), System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(("06", "7", "2027"), (V(block, "TypBord"), V(block, "IdBord"), V(block, "Exer")));
        Assert.Equal("2", V(block, "NbrPce"));
        Assert.Equal("31.50", V(block, "MtBordHt"));
        Assert.Equal(31.50m, lines.Sum());
    }

    [Fact]
    public void Each_title_is_a_single_debtor_ORMC_title_edited_by_the_DGFiP_with_a_digits_only_debt_number()
    {
        var piece = File().Descendants("BlocPiece").First();

        Assert.Equal(("1", "15", "01", "06"), (V(piece, "IdPce"), V(piece, "TypPce"), V(piece, "NatPce"), V(piece, "Edition")));
        Assert.Equal("202700041", V(piece, "NumDette"));
        Assert.Equal("F2027-00041", V(piece, "NumeroFacture"));
        Assert.Single(File().Descendants("Piece").First().Descendants("Tiers"));
    }

    [Fact]
    public void A_line_books_the_amount_to_the_local_product_and_nature_588_without_surcharge_or_vat()
    {
        var line = File().Descendants("InfoLignePiece").First();

        Assert.Equal(("1", "PERI", "588", "0", "0", "21.50"), (V(line, "IdLigne"), V(line, "CodProdLoc"), V(line, "Nature"), V(line, "Majo"), V(line, "TvaIntraCom"), V(line, "MtHT")));
    }

    [Fact]
    public void The_debtor_is_a_private_person_main_debtor_with_civility_first_name_and_a_five_digit_postcode()
    {
        var tiers = File().Descendants("Tiers").ToList();

        Assert.Equal(("01", "01", "01", "MME"), (V(tiers[0].Element("InfoTiers")!, "CatTiers"), V(tiers[0].Element("InfoTiers")!, "NatJur"), V(tiers[0].Element("InfoTiers")!, "TypTiers"), V(tiers[0].Element("InfoTiers")!, "Civilite")));
        Assert.Equal(("1", "01990", "0"), (V(tiers[0].Element("Adresse")!, "TypAdr"), V(tiers[0].Element("Adresse")!, "CP"), V(tiers[0].Element("Adresse")!, "CodRes")));
        Assert.Equal(("M", "99999", "B-1000 BRUXELLES"), (V(tiers[1].Element("InfoTiers")!, "Civilite"), V(tiers[1].Element("Adresse")!, "CP"), V(tiers[1].Element("Adresse")!, "Ville")));
    }

    [Fact]
    public void A_debit_the_Tresor_collects_carries_the_one_off_sepa_block_and_the_debtor_account_and_only_there()
    {
        var pieces = File().Descendants("Piece").ToList();
        var sepa = pieces[1].Descendants("InfoPrelevementSEPA").Single();
        var account = pieces[1].Descendants("CpteBancaire").Single();

        Assert.Empty(pieces[0].Descendants("InfoPrelevementSEPA"));
        Assert.Empty(pieces[0].Descendants("CpteBancaire"));
        Assert.Equal(("01", "07", "03", "10.00", "2027-07-16"), (V(sepa, "NatPrel"), V(sepa, "PerPrel"), V(sepa, "SequencePres"), V(sepa, "MtPrel"), V(sepa, "DtePrel")));
        Assert.Equal(("RUM-ABC-01", "2026-09-03"), (V(sepa, "RefUniMdt"), V(sepa, "DateSignMandat")));
        Assert.Equal(("FR1420041010050500013M02606", "NOEL DURAND"), (V(account, "IBAN"), V(account, "TitCpte")));
    }

    [Fact]
    public void Each_title_refers_to_its_invoice_attached_gzipped_in_base64_as_a_type_010_pdf()
    {
        var document = File();
        var reference = document.Descendants("BlocPiece").First().Element("PJRef")!;
        var attachment = document.Descendants("PJ").Single(p => V(p, "IdUnique") == V(reference, "IdUnique"));
        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(attachment.Element("Contenu")!.Element("Fichier")!.Value)), CompressionMode.Decompress);
        using var content = new MemoryStream();
        gzip.CopyTo(content);

        Assert.Equal(("01", "010", "F202700041.pdf"), (V(reference, "Support"), V(reference, "TypePJ"), V(reference, "NomPJ")));
        Assert.Equal("1", V(document.Descendants("EnTetePES_PJ").Single(), "IdVer"));
        Assert.Equal(("010", "F202700041.pdf", "application/pdf"), (V(attachment, "TypePJ"), V(attachment, "NomPJ"), attachment.Element("Contenu")!.Element("Fichier")!.Attribute("MIMEType")!.Value));
        Assert.Equal(Pdf, content.ToArray());
    }
}
