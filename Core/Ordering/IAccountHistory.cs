namespace Platform.Core.Ordering;

/// <summary>What a plugin adds to the family's "Mes commandes et factures" beside the host's orders: invoices, credit
/// notes, payments received at the counter or by direct debit. Platform API 1.6.</summary>
public interface IAccountHistory
{
    /// <summary>The family's most recent entries, in any order (the host sorts them).</summary>
    Task<IReadOnlyList<AccountEntry>> ForFamilyAsync(Guid familyId, CancellationToken cancellationToken);
}

/// <param name="Kind">What it is, as the parent reads it: "Facture", "Avoir", "Paiement au guichet".</param>
/// <param name="Cents">Its amount; negative for money given back.</param>
/// <param name="State">"Payée", "À payer", "Reçu"…</param>
/// <param name="StateClass">A state class of the host's style sheet ("status-validated", "status-pending", "status-refused").</param>
/// <param name="Href">Its page, if it has one.</param>
/// <param name="PdfHref">Its PDF, if it has one.</param>
public sealed record AccountEntry(
    DateTime AtUtc, string Kind, string Number, string Label, long Cents, string State, string? StateClass, string? Href, string? PdfHref);
