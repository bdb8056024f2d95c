namespace Platform.Core.Booking;

/// <summary>The booking and cancellation deadlines of one service (a row of the module that runs it).</summary>
public sealed class DeadlineSettings
{
    public Guid ServiceId { get; set; }

    public required DeadlineRule Booking { get; set; }

    public required DeadlineRule Cancellation { get; set; }
}

public sealed class PeriodRow
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public required string Label { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    /// <summary>Opening weekdays as bits: 1 &lt;&lt; (int)DayOfWeek.</summary>
    public int OpeningDays { get; set; }

    public ServicePeriod ToDomain() =>
        new(Start, End, Enum.GetValues<DayOfWeek>().Where(d => (OpeningDays & (1 << (int)d)) != 0).ToHashSet());

    public static int Bits(IEnumerable<DayOfWeek> days) => days.Aggregate(0, (bits, d) => bits | (1 << (int)d));
}

public sealed class ClosureRow
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public DateOnly Date { get; set; }

    public required string Reason { get; set; }
}

/// <summary>The price of one booked item for a tariff category, in euro cents, as booked lines will carry it.</summary>
public sealed class TariffPrice
{
    public Guid ServiceId { get; set; }

    /// <summary>The item priced (a care slot, a sport activity); <see cref="Guid.Empty"/> for the service as a whole
    /// (a meal).</summary>
    public Guid ItemId { get; set; }

    public Guid TariffCategoryId { get; set; }

    public long Cents { get; set; }
}
