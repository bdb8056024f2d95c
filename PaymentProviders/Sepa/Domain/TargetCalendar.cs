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

        var easter = EasterSunday(date.Year);
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

    /// <summary>Gregorian Easter Sunday (the anonymous Meeus/Jones/Butcher computation).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
