using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Modules.Garderie.Data;

namespace Platform.Modules.Garderie.Application;

public enum SlotState
{
    /// <summary>The service does not run that day, or this slot does not run on that weekday.</summary>
    NotServed,
    Closed,
    TooLate,
    Bookable,

    /// <summary>Past the booking deadline, still bookable until the slot starts, at the service's surcharge.</summary>
    LateBookable,
}

public sealed record SlotOffer(DateOnly Date, CareSlot Slot, SlotState State, string? Reason, DateTime? DeadlineLocal)
{
    public bool CanBook => State is SlotState.Bookable or SlotState.LateBookable;

    /// <summary>Why the slot cannot be booked, in French, to follow "n'est pas réservable : ".</summary>
    public string WhyNotBookable() => State switch
    {
        SlotState.Closed => $"fermé ({Reason})",
        SlotState.TooLate => $"le délai de réservation est passé (avant le {DeadlineLocal:dd/MM 'à' HH:mm})",
        _ => "ce créneau n'a pas lieu ce jour-là",
    };
}

/// <summary>What a care slot offers on a day: the service's calendar day, the slot's weekdays, and the late booking
/// the service may accept until the slot starts. Pure: the time is passed in.</summary>
public static class CareOffers
{
    public static SlotOffer Offer(CalendarDay day, CareSlot slot, CareSettings settings, DateTime nowUtc)
    {
        if (!slot.RunsOn(day.Date.DayOfWeek))
        {
            return new SlotOffer(day.Date, slot, SlotState.NotServed, null, null);
        }

        return day.State switch
        {
            DayState.Bookable => new SlotOffer(day.Date, slot, SlotState.Bookable, null, day.DeadlineLocal),
            DayState.TooLate when settings.LateBookingSurchargePercent is not null && nowUtc < ParisTime.ToUtc(day.Date.ToDateTime(slot.Start)) =>
                new SlotOffer(day.Date, slot, SlotState.LateBookable, null, day.DeadlineLocal),
            DayState.TooLate => new SlotOffer(day.Date, slot, SlotState.TooLate, null, day.DeadlineLocal),
            DayState.Closed => new SlotOffer(day.Date, slot, SlotState.Closed, day.Reason, null),
            _ => new SlotOffer(day.Date, slot, SlotState.NotServed, null, null),
        };
    }

    /// <summary>The unit price of a slot so offered: the tariff price, plus the surcharge (rounded to the cent, half
    /// up) when booked late.</summary>
    public static long Price(long tariffCents, SlotOffer offer, CareSettings settings) =>
        offer.State == SlotState.LateBookable
            ? tariffCents + (tariffCents * settings.LateBookingSurchargePercent!.Value + 50) / 100
            : tariffCents;

    /// <summary>The late pick-up charge: every started quarter of an hour after the slot's end.</summary>
    public static long LatePickup(CareSlot slot, TimeOnly? leftAt, CareSettings settings)
    {
        if (leftAt is not { } left || left <= slot.End || settings.LatePickupCentsPerQuarter <= 0)
        {
            return 0;
        }

        var quarters = (int)Math.Ceiling((left - slot.End).TotalMinutes / 15);
        return quarters * settings.LatePickupCentsPerQuarter;
    }
}
