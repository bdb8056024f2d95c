namespace Platform.PaymentProviders.PayFip;

/// <summary>The provider reference "idOp:refdet": the same string at start and in every outcome, and it carries the
/// refdet a status query must find again.</summary>
internal static class PayFipReference
{
    public static string Format(string idOp, string refdet) => $"{idOp}:{refdet}";

    public static (string IdOp, string Refdet) Parse(string reference)
    {
        var parts = reference.Split(':');
        return parts is [{ Length: > 0 } idOp, { Length: > 0 } refdet]
            ? (idOp, refdet)
            : throw new ArgumentException($"'{reference}' is not a PayFiP reference (idOp:refdet).", nameof(reference));
    }
}
