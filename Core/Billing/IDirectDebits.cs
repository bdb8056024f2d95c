namespace Platform.Core.Billing;

/// <summary>Debits on the families' mandates, implemented by the direct-debit payment plugin (SEPA) and used by Billing
/// to collect the régie's due invoices. The plugin keeps the mandates, sends the pre-notifications, writes the bank's
/// file and records what the bank returns. Platform API 1.5.</summary>
public interface IDirectDebits
{
    /// <summary>Those of <paramref name="familyIds"/> with an active mandate for the régie.</summary>
    Task<IReadOnlySet<Guid>> MandatedFamiliesAsync(Guid regieId, IReadOnlyCollection<Guid> familyIds, CancellationToken cancellationToken);

    /// <summary>The active mandate of each of these families that has one, for the public accountant's export when the
    /// Trésor collects the debits itself.</summary>
    Task<IReadOnlyDictionary<Guid, DebitMandate>> MandatesAsync(Guid regieId, IReadOnlyCollection<Guid> familyIds, CancellationToken cancellationToken);

    /// <summary>Of these debits, those sent to the bank in a file and not returned, with the due date they were
    /// presented for (later than scheduled when the file was made after the scheduled date).</summary>
    Task<IReadOnlyDictionary<Guid, DateOnly>> FiledAsync(IReadOnlyCollection<Guid> debitIds, CancellationToken cancellationToken);

    /// <summary>Schedules each debit on its family's active mandate, due on the first TARGET day after the régie's
    /// pre-notification delay, and emails its pre-notification. Idempotent on <see cref="DirectDebitRequest.DebitId"/>.</summary>
    Task<IReadOnlyList<DirectDebitScheduled>> ScheduleAsync(Guid regieId, IReadOnlyList<DirectDebitRequest> debits, CancellationToken cancellationToken);
}

/// <param name="Rum">The unique mandate reference.</param>
/// <param name="Bic">Null when the debtor gave none (a French IBAN needs none).</param>
public sealed record DebitMandate(string Rum, DateOnly SignedOn, string Iban, string? Bic, string Holder);

/// <param name="DebitId">The requester's id of the debit: the end-to-end reference the bank returns.</param>
/// <param name="Reference">What the debtor reads on the statement with <paramref name="Description"/> (an invoice number).</param>
public sealed record DirectDebitRequest(Guid DebitId, Guid FamilyId, long Cents, string Reference, string Description, string PayerEmail);

/// <param name="DueOn">When the bank debits; null when refused.</param>
/// <param name="Refusal">Why it was not scheduled (no active mandate, régie not configured), in French.</param>
public sealed record DirectDebitScheduled(Guid DebitId, DateOnly? DueOn, string? Refusal);

/// <summary>Implemented by whoever requested debits (Billing): told when the bank rejects or returns one (an
/// R-transaction), imported or entered by an agent. Must be idempotent.</summary>
public interface IDirectDebitOutcomes
{
    /// <param name="reasonCode">The ISO reason code ("AM04": insufficient funds, "MD06": refund asked by the debtor).</param>
    Task ReturnedAsync(Guid debitId, string reasonCode, string reason, DateOnly returnedOn, CancellationToken cancellationToken);
}
