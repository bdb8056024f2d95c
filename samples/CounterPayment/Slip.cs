using System.Globalization;
using System.Text.RegularExpressions;

namespace CounterPayment;

/// <summary>A payment slip: the family brings its reference to the régie's counter; the agent who cashes it records
/// the amount received (<see cref="SlipBook.RecordPayment"/>).</summary>
/// <param name="Instructions">What the family reads on the slip, in French.</param>
public sealed record Slip(
    string Reference,
    Guid PaymentId,
    long AmountCents,
    DateTimeOffset IssuedAt,
    DateTimeOffset DueBy,
    string Instructions,
    long? PaidCents = null,
    DateTimeOffset? PaidAt = null)
{
    private static readonly Regex ReferenceFormat = new("^GUI-[0-9A-F]{12}$", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>The same payment always gets the same reference, so a repeated start issues no second slip.</summary>
    public static string ReferenceOf(Guid paymentId) => $"GUI-{paymentId:N}"[..16].ToUpperInvariant();

    public static bool IsReference(string? value) => value is not null && ReferenceFormat.IsMatch(value);

    public static Slip Issue(Guid paymentId, long amountCents, DateTimeOffset now, TimeSpan delay, string? counterAddress)
    {
        var reference = ReferenceOf(paymentId);
        var dueBy = now + delay;
        var where = counterAddress is null ? "au guichet de la régie" : $"au guichet de la régie ({counterAddress})";
        var instructions = $"Bordereau {reference} : présentez cette référence {where} et réglez {Euros(amountCents)} "
            + $"en espèces ou par chèque à l'ordre du Trésor public avant le {dueBy.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.";
        return new Slip(reference, paymentId, amountCents, now, dueBy, instructions);
    }

    private static string Euros(long cents) => $"{cents / 100},{cents % 100:00} €";
}
