using Platform.Core.Booking;

namespace Platform.Modules.Garderie.Data;

/// <summary>A time of care a service offers on some weekdays (matin 07:30–08:30, soir 16:30–18:30, mercredi journée).
/// Booked per child and day; priced per tariff category through the kernel's prices (the slot is the priced item).</summary>
public sealed class CareSlot
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public required string Label { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    /// <summary>Weekdays as bits, like <see cref="PeriodRow.OpeningDays"/>.</summary>
    public int Weekdays { get; set; }

    public bool RunsOn(DayOfWeek day) => (Weekdays & (1 << (int)day)) != 0;
}
