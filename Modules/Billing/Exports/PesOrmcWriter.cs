using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Platform.Core.Billing;
using Platform.Core.Tenancy;

namespace Platform.Modules.Billing.Exports;

/// <summary>The régie's accounting codes for the public accountant (Hélios), given by the trésorerie.</summary>
/// <param name="IdPost">Codique of the accounting office (7 characters).</param>
/// <param name="IdColl">SIRET of the collectivité or budget (14 digits).</param>
/// <param name="CodCol">Code of the collectivité (3 digits).</param>
/// <param name="CodBud">Budget code (2 characters).</param>
/// <param name="CodProdLoc">Local product code the lines are booked to (4 characters).</param>
/// <param name="Nature">Account nature of the lines: 588 for ORMC titles.</param>
public sealed record PesSettings(string IdPost, string IdColl, string CodCol, string CodBud, string LibelleColBud, string CodProdLoc, string Nature);

/// <summary>A debit the Trésor collects for a title (the family's mandate with the régie).</summary>
public sealed record PesDebit(DebitMandate Mandate, DateOnly DueOn, long Cents);

/// <summary>One family invoice: one single-debtor title (article de rôle) with its PDF attached.</summary>
public sealed record PesTitle(int IdPce, string InvoiceNumber, long Cents, FamilyPayer Payer, string FamilyRef, PesDebit? Debit, byte[] Pdf);

/// <summary>A month of a régie: one ORMC bordereau (a rôle).</summary>
/// <param name="IdBord">The rôle number: per régie and year, in sequence, never reused for another month.</param>
public sealed record PesBordereau(int Exer, int IdBord, DateOnly IssuedOn, DateOnly Period, string CollectiviteName, IReadOnlyList<PesTitle> Titles)
{
    public long TotalCents => Titles.Sum(t => t.Cents);
}

/// <summary>Writes a PES V2 "PES_Aller" file of one ORMC recette bordereau (TypBord 06, titles TypPce 15 / NatPce 01,
/// Edition 06 with the invoice as a type-010 attachment), as docs/billing-pes-v2.md describes: every value in a V
/// attribute, free text in capitals without accents, ISO-8859-1, amounts with a dot and two decimals.</summary>
public static class PesOrmcWriter
{
    public const string Namespace = "http://www.minefi.gouv.fr/cp/helios/pes_v2/Rev0/aller";

    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static byte[] Write(PesSettings settings, PesBordereau bordereau, string fileName)
    {
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = Latin1, Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("n", "PES_Aller", Namespace);
            xml.WriteStartElement("Enveloppe");
            xml.WriteStartElement("Parametres");
            Value(xml, "Version", "2");
            Value(xml, "TypFic", "PESORMC");
            Value(xml, "NomFic", fileName);
            xml.WriteEndElement();
            xml.WriteStartElement("Emetteur");
            Value(xml, "Sigle", "PORTAIL FAMILLE");
            Value(xml, "Adresse", "PORTAIL FAMILLE PLATEFORME 1.5");
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("EnTetePES");
            Value(xml, "DteStr", Date(bordereau.IssuedOn));
            Value(xml, "IdPost", settings.IdPost);
            Value(xml, "IdColl", settings.IdColl);
            Value(xml, "CodCol", settings.CodCol);
            Value(xml, "CodBud", settings.CodBud);
            Value(xml, "LibelleColBud", Text(settings.LibelleColBud, 38));
            xml.WriteEndElement();

            xml.WriteStartElement("PES_RecetteAller");
            xml.WriteStartElement("EnTeteRecette");
            Value(xml, "IdVer", "2");
            Value(xml, "InfoDematerialisee", "0");
            xml.WriteEndElement();
            xml.WriteStartElement("Bordereau");
            WriteBordereauBlock(xml, bordereau);
            foreach (var title in bordereau.Titles)
            {
                WritePiece(xml, settings, bordereau, title);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("PES_PJ");
            xml.WriteStartElement("EnTetePES_PJ");
            Value(xml, "IdVer", "1");
            xml.WriteEndElement();
            foreach (var title in bordereau.Titles)
            {
                xml.WriteStartElement("PJ");
                xml.WriteStartElement("Contenu");
                xml.WriteStartElement("Fichier");
                xml.WriteAttributeString("MIMEType", "application/pdf");
                xml.WriteString(Convert.ToBase64String(Gzip(title.Pdf)));
                xml.WriteEndElement();
                xml.WriteEndElement();
                Value(xml, "IdUnique", AttachmentId(title));
                Value(xml, "NomPJ", AttachmentName(title));
                Value(xml, "TypePJ", "010");
                Value(xml, "Description", $"FACTURE {title.InvoiceNumber}");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return output.ToArray();
    }

    /// <summary>The invoice number's digits ("F2027-00042" → "202700042"): a debt number is digits only.</summary>
    public static string DebtNumber(string invoiceNumber) => new(invoiceNumber.Where(char.IsAsciiDigit).ToArray());

    /// <summary>Free text as the guichet XML takes it: capitals, no accents, only letters, digits and simple signs, at
    /// most <paramref name="length"/> characters.</summary>
    public static string Text(string value, int length)
    {
        var plain = new StringBuilder(value.Length);
        foreach (var c in value.Replace("œ", "oe").Replace("Œ", "OE").Replace("æ", "ae").Replace("Æ", "AE").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(char.IsAsciiLetterOrDigit(c) || " /?:().,'-+".Contains(c) ? char.ToUpperInvariant(c) : ' ');
        }

        var text = string.Join(' ', plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= length ? text : text[..length].TrimEnd();
    }

    public static string Amount(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static void WriteBordereauBlock(XmlWriter xml, PesBordereau bordereau)
    {
        xml.WriteStartElement("BlocBordereau");
        Value(xml, "Exer", bordereau.Exer.ToString(CultureInfo.InvariantCulture));
        Value(xml, "IdBord", bordereau.IdBord.ToString(CultureInfo.InvariantCulture));
        Value(xml, "DteBordEm", Date(bordereau.IssuedOn));
        Value(xml, "TypBord", "06");
        Value(xml, "NbrPce", bordereau.Titles.Count.ToString(CultureInfo.InvariantCulture));
        Value(xml, "MtBordHt", Amount(bordereau.TotalCents));
        Value(xml, "Objet", Text($"Factures {Month(bordereau.Period)} {bordereau.CollectiviteName}", 160));
        xml.WriteEndElement();
    }

    private static void WritePiece(XmlWriter xml, PesSettings settings, PesBordereau bordereau, PesTitle title)
    {
        xml.WriteStartElement("Piece");
        xml.WriteStartElement("BlocPiece");
        Value(xml, "IdPce", title.IdPce.ToString(CultureInfo.InvariantCulture));
        Value(xml, "TypPce", "15");
        Value(xml, "NatPce", "01");
        Value(xml, "Edition", "06");
        Value(xml, "ObjPce", Text($"Facture {title.InvoiceNumber} - {Month(bordereau.Period)}", 160));
        Value(xml, "NumDette", DebtNumber(title.InvoiceNumber));
        xml.WriteStartElement("PJRef");
        Value(xml, "Support", "01");
        Value(xml, "IdUnique", AttachmentId(title));
        Value(xml, "NomPJ", AttachmentName(title));
        Value(xml, "TypePJ", "010");
        xml.WriteEndElement();
        Value(xml, "NumeroFacture", title.InvoiceNumber);
        xml.WriteEndElement();

        xml.WriteStartElement("LigneDePiece");
        xml.WriteStartElement("BlocLignePiece");
        xml.WriteStartElement("InfoLignePiece");
        Value(xml, "IdLigne", "1");
        Value(xml, "ObjLignePce", Text($"Services periscolaires {Month(bordereau.Period)}", 160));
        Value(xml, "CodProdLoc", settings.CodProdLoc);
        Value(xml, "Nature", settings.Nature);
        Value(xml, "Majo", "0");
        Value(xml, "TvaIntraCom", "0");
        Value(xml, "MtHT", Amount(title.Cents));
        xml.WriteEndElement();
        if (title.Debit is { } debit)
        {
            xml.WriteStartElement("InfoPrelevementSEPA");
            Value(xml, "NatPrel", "01");
            Value(xml, "PerPrel", "07");
            Value(xml, "DtePrel", Date(debit.DueOn));
            Value(xml, "MtPrel", Amount(debit.Cents));
            Value(xml, "SequencePres", "03");
            Value(xml, "DateSignMandat", Date(debit.Mandate.SignedOn));
            Value(xml, "RefUniMdt", debit.Mandate.Rum);
            Value(xml, "LibPrel", Text($"{bordereau.CollectiviteName} - Facture {title.InvoiceNumber}", 140));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        WriteDebtor(xml, title);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteDebtor(XmlWriter xml, PesTitle title)
    {
        var payer = title.Payer;
        xml.WriteStartElement("Tiers");
        xml.WriteStartElement("InfoTiers");
        Value(xml, "RefTiers", title.FamilyRef);
        Value(xml, "CatTiers", "01");
        Value(xml, "NatJur", "01");
        Value(xml, "TypTiers", "01");
        Value(xml, "Civilite", payer.IsWoman ? "MME" : "M");
        Value(xml, "Nom", Text(payer.LastName, 38));
        Value(xml, "Prenom", Text(payer.FirstName, 38));
        xml.WriteEndElement();
        xml.WriteStartElement("Adresse");
        Value(xml, "TypAdr", "1");
        Value(xml, "Adr2", Text(payer.AddressLine, 38));
        var french = payer.PostalCode.Length == 5 && payer.PostalCode.All(char.IsAsciiDigit);
        Value(xml, "CP", french ? payer.PostalCode : "99999");
        Value(xml, "Ville", Text(french ? payer.City : $"{payer.PostalCode} {payer.City}", 38));
        Value(xml, "CodRes", "0");
        xml.WriteEndElement();
        if (title.Debit is { } debit)
        {
            xml.WriteStartElement("CpteBancaire");
            if (debit.Mandate.Bic is { Length: > 0 } bic)
            {
                Value(xml, "BIC", bic);
            }

            Value(xml, "IBAN", debit.Mandate.Iban);
            Value(xml, "TitCpte", Text(debit.Mandate.Holder, 32));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static string AttachmentId(PesTitle title) => $"PJ{DebtNumber(title.InvoiceNumber)}";

    private static string AttachmentName(PesTitle title) => $"F{DebtNumber(title.InvoiceNumber)}.pdf";

    private static void Value(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement(name);
        xml.WriteAttributeString("V", value);
        xml.WriteEndElement();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Month(DateOnly period) => period.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"));

    private static byte[] Gzip(byte[] content)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return compressed.ToArray();
    }
}
