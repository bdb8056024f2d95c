namespace Platform.Core.Booking;

public enum DayState
{
    /// <summary>Outside every period, or not an opening weekday.</summary>
    NotServed,

    /// <summary>A closure (school holiday, strike, trip).</summary>
    Closed,

    /// <summary>Served, but the booking deadline has passed.</summary>
    TooLate,

    Bookable,
}

public sealed record CalendarDay(DateOnly Date, DayState State, string? Reason, DateTime? DeadlineLocal)
{
    /// <summary>Why the day cannot be booked, in French, to follow "n'est pas réservable : ".</summary>
    public string WhyNotBookable() => State switch
    {
        DayState.Closed => $"fermé ({Reason})",
        DayState.TooLate => $"le délai de réservation est passé (avant le {DeadlineLocal:dd/MM 'à' HH:mm})",
        _ => "pas de service ce jour-là",
    };
}

/// <summary>What a service offers each day: its periods and opening weekdays, minus closures, within the
/// booking deadline. Pure: the time is passed in.</summary>
public sealed class ServiceCalendar(
    IReadOnlyList<ServicePeriod> periods,
    IReadOnlyList<ServiceClosure> closures,
    DeadlineRule? bookingDeadline,
    DeadlineRule? cancellationDeadline = null)
{
    /// <summary>Until when a booked day may be cancelled; null when the service has no deadlines yet.</summary>
    public DeadlineRule? CancellationDeadline => cancellationDeadline;

    public CalendarDay Day(DateOnly date, DateTime nowUtc)
    {
        if (bookingDeadline is null || !periods.Any(p => p.Serves(date)))
        {
            return new CalendarDay(date, DayState.NotServed, null, null);
        }

        if (closures.FirstOrDefault(c => c.Date == date) is { } closure)
        {
            return new CalendarDay(date, DayState.Closed, closure.Reason, null);
        }

        var deadline = bookingDeadline.LocalDeadline(date);
        return new CalendarDay(date, bookingDeadline.IsOpen(date, nowUtc) ? DayState.Bookable : DayState.TooLate, null, deadline);
    }

    public IReadOnlyList<CalendarDay> Month(int year, int month, DateTime nowUtc) =>
        Enumerable.Range(1, DateTime.DaysInMonth(year, month))
            .Select(d => Day(new DateOnly(year, month, d), nowUtc))
            .ToList();
}

/// <summary>A period (e.g. the school year) during which the service runs on some weekdays.</summary>
public sealed record ServicePeriod(DateOnly Start, DateOnly End, IReadOnlySet<DayOfWeek> OpeningDays)
{
    public bool Serves(DateOnly date) => date >= Start && date <= End && OpeningDays.Contains(date.DayOfWeek);
}

public sealed record ServiceClosure(DateOnly Date, string Reason);
