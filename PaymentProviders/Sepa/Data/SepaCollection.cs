using Platform.PaymentProviders.Sepa.Domain;

namespace Platform.PaymentProviders.Sepa.Data;

/// <summary>A debit accepted on a mandate for one payment, scheduled for its due date. Kept as the mandate's history.</summary>
public sealed class SepaCollection
{
    public Guid Id { get; set; }

    public Guid MandateId { get; set; }

    public Guid RegieId { get; set; }

    public Guid FamilyId { get; set; }

    /// <summary>The platform's payment: one collection per payment.</summary>
    public Guid PaymentId { get; set; }

    /// <summary>Also the provider reference; travels back in the bank's reject and return messages.</summary>
    public required string EndToEndId { get; set; }

    public long AmountCents { get; set; }

    public DateOnly DueDate { get; set; }

    public SequenceType SequenceType { get; set; }

    /// <summary>The remittance text the debtor reads on the bank statement.</summary>
    public required string RemittanceText { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The message id of the pain.008 file it went in; null until the agent downloads it.</summary>
    public string? FileMessageId { get; set; }

    /// <summary>When the bank rejected or returned it (an R-transaction), with the ISO reason code.</summary>
    public DateOnly? ReturnedOn { get; set; }

    public string? ReturnReason { get; set; }
}
