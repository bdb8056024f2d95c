using System.Globalization;
using System.Security.Cryptography;
using System.Xml.Linq;
using Platform.Core.Application;
using Platform.PaymentProviders.Sepa.Domain;
using Platform.PaymentProviders.Sepa.Settings;

namespace Platform.PaymentProviders.Sepa.Files;

/// <summary>Writes a customer direct debit initiation (pain.008, SEPA CORE) for one creditor: one PmtInf per due date
/// and sequence type.</summary>
public sealed class Pain008Writer(TimeProvider clock)
{
    private const string NotProvided = "NOTPROVIDED";

    public Pain008Result Write(CreditorSettings creditor, IReadOnlyList<DirectDebitCollection> collections)
    {
        var now = ParisTime.ToParis(clock.GetUtcNow().UtcDateTime);
        if (Pain008Checks.Problem(creditor, collections, DateOnly.FromDateTime(now)) is { } problem)
        {
            return Pain008Result.Refused(problem);
        }

        XNamespace ns = creditor.Format.Namespace();
        var messageId = $"PF{now:yyyyMMddHHmmss}{RandomNumberGenerator.GetHexString(8)}";
        var blocks = collections
            .GroupBy(c => (c.DueDate, c.Mandate.SequenceType))
            .OrderBy(g => g.Key.DueDate).ThenBy(g => g.Key.SequenceType)
            .Select((group, index) => PaymentInformation(ns, creditor, $"{messageId}-{index + 1:000}", group.Key.DueDate, group.Key.SequenceType, group.ToList()))
            .ToList();
        var total = collections.Sum(c => c.AmountCents);
        var header = new XElement(ns + "GrpHdr",
            new XElement(ns + "MsgId", messageId),
            new XElement(ns + "CreDtTm", now.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
            new XElement(ns + "NbOfTxs", collections.Count),
            new XElement(ns + "CtrlSum", SepaAmount.Format(total)),
            new XElement(ns + "InitgPty", new XElement(ns + "Nm", creditor.Creditor.Name)));
        var document = new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement(ns + "Document", new XElement(ns + "CstmrDrctDbtInitn", header, blocks)));

        Pain008Totals.Assert(document, ns);
        var xml = document.Declaration + Environment.NewLine + document;
        return new Pain008Result(new SepaFile(messageId, $"{messageId}.xml", xml, collections.Count, total), null);
    }

    private static XElement PaymentInformation(
        XNamespace ns, CreditorSettings creditor, string id, DateOnly dueDate, SequenceType sequence, IReadOnlyList<DirectDebitCollection> collections) =>
        new(ns + "PmtInf",
            new XElement(ns + "PmtInfId", id),
            new XElement(ns + "PmtMtd", "DD"),
            new XElement(ns + "BtchBookg", creditor.BatchBooking ? "true" : "false"),
            new XElement(ns + "NbOfTxs", collections.Count),
            new XElement(ns + "CtrlSum", SepaAmount.Format(collections.Sum(c => c.AmountCents))),
            new XElement(ns + "PmtTpInf",
                new XElement(ns + "SvcLvl", new XElement(ns + "Cd", "SEPA")),
                new XElement(ns + "LclInstrm", new XElement(ns + "Cd", "CORE")),
                new XElement(ns + "SeqTp", sequence.ToString())),
            new XElement(ns + "ReqdColltnDt", Iso(dueDate)),
            new XElement(ns + "Cdtr", new XElement(ns + "Nm", creditor.Creditor.Name)),
            Account(ns, "CdtrAcct", creditor.Iban.Value),
            Agent(ns, "CdtrAgt", creditor.Bic, creditor.Format),
            new XElement(ns + "ChrgBr", "SLEV"),
            new XElement(ns + "CdtrSchmeId",
                new XElement(ns + "Id",
                    new XElement(ns + "PrvtId",
                        new XElement(ns + "Othr",
                            new XElement(ns + "Id", creditor.Creditor.Identifier.Value),
                            new XElement(ns + "SchmeNm", new XElement(ns + "Prtry", "SEPA")))))),
            collections.Select(c => Transaction(ns, creditor.Format, c)));

    private static XElement Transaction(XNamespace ns, SepaFileFormat format, DirectDebitCollection collection)
    {
        var mandate = collection.Mandate;
        return new XElement(ns + "DrctDbtTxInf",
            new XElement(ns + "PmtId", new XElement(ns + "EndToEndId", collection.EndToEndId)),
            new XElement(ns + "InstdAmt", new XAttribute("Ccy", "EUR"), SepaAmount.Format(collection.AmountCents)),
            new XElement(ns + "DrctDbtTx",
                new XElement(ns + "MndtRltdInf",
                    new XElement(ns + "MndtId", mandate.Rum),
                    new XElement(ns + "DtOfSgntr", Iso(mandate.SignedOn)),
                    new XElement(ns + "AmdmntInd", "false"))),
            Agent(ns, "DbtrAgt", Bic.Parse(mandate.Bic, out _), format),
            new XElement(ns + "Dbtr", new XElement(ns + "Nm", SepaText.Name(mandate.DebtorName))),
            Account(ns, "DbtrAcct", mandate.Iban),
            new XElement(ns + "RmtInf", new XElement(ns + "Ustrd", SepaText.Remittance(collection.RemittanceText))));
    }

    private static XElement Account(XNamespace ns, string name, string iban) =>
        new(ns + name, new XElement(ns + "Id", new XElement(ns + "IBAN", iban)));

    /// <summary>BICFI in .08, BIC in .02 (when it fits that older pattern), else Othr/Id NOTPROVIDED.</summary>
    private static XElement Agent(XNamespace ns, string name, Bic? bic, SepaFileFormat format)
    {
        var identification = (bic, format) switch
        {
            ({ } b, SepaFileFormat.Pain00800108) => new XElement(ns + "BICFI", b.Value),
            ({ FitsVersion02: true } b, SepaFileFormat.Pain00800102) => new XElement(ns + "BIC", b.Value),
            _ => new XElement(ns + "Othr", new XElement(ns + "Id", NotProvided)),
        };
        return new XElement(ns + name, new XElement(ns + "FinInstnId", identification));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
