using Platform.Core.Calendars;

namespace Platform.PaymentProviders.Sepa.Domain;

/// <summary>TARGET2 business days: every weekday except 1 January, Good Friday, Easter Monday, 1 May, 25 and 26 December.</summary>
public static class TargetCalendar
{
    public static bool IsBusinessDay(DateOnly date)
    {
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        if ((date.Month, date.Day) is (1, 1) or (5, 1) or (12, 25) or (12, 26))
        {
            return false;
        }

        var easter = Easter.Sunday(date.Year);
        return date != easter.AddDays(-2) && date != easter.AddDays(1);
    }

    /// <summary><paramref name="date"/> itself when it is a business day, else the next one.</summary>
    public static DateOnly OnOrAfter(DateOnly date)
    {
        while (!IsBusinessDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
