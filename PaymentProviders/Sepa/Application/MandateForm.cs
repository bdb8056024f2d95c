namespace Platform.PaymentProviders.Sepa.Application;

/// <summary>What a parent types to sign a mandate; field names are the form's.</summary>
public sealed record MandateForm(string? DebtorName, string? DebtorAddress, string? Iban, string? Bic, bool Accepted);
