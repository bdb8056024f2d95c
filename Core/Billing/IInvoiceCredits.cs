namespace Platform.Core.Billing;

/// <summary>Credits a family's next invoice at a régie: what a refund can give back neither through the channel that
/// paid (PayFiP cannot refund) nor to the wallet (the régie does not take it). Implemented by the Billing module.
/// Platform API 1.6.</summary>
public interface IInvoiceCredits
{
    /// <summary>Idempotent on <see cref="InvoiceCredit.Reference"/>. False when the commune does not invoice (the
    /// credit could never be used): the caller then leaves the money to the régie.</summary>
    Task<bool> GrantAsync(string commune, InvoiceCredit credit, CancellationToken cancellationToken);
}

public sealed record InvoiceCredit(Guid FamilyId, Guid RegieId, long Cents, string Reason, string Reference);
