namespace Platform.PaymentProviders.Sepa.Pages.Prelevement;

/// <summary>One labelled text field with its hint and its error, both linked to the control for screen readers.</summary>
public sealed record FieldView(string Name, string Label, string? Value, string? Error, string Autocomplete, string? Hint = null, bool Multiline = false);
