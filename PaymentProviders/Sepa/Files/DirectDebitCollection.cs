using Platform.PaymentProviders.Sepa.Domain;

namespace Platform.PaymentProviders.Sepa.Files;

/// <summary>One debit to put in a file. <paramref name="EndToEndId"/> travels back in the bank's reject and return
/// messages.</summary>
public sealed record DirectDebitCollection(Mandate Mandate, long AmountCents, DateOnly DueDate, string EndToEndId, string RemittanceText);

/// <summary>A generated pain.008 message.</summary>
public sealed record SepaFile(string MessageId, string FileName, string Xml, int TransactionCount, long TotalCents);

/// <summary>The file, or why it cannot be made (French, for the agent).</summary>
public sealed record Pain008Result(SepaFile? File, string? Error)
{
    public static Pain008Result Refused(string error) => new(null, error);
}
