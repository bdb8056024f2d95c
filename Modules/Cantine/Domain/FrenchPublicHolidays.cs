namespace Platform.Modules.Cantine.Domain;

/// <summary>The eleven national public holidays of metropolitan France (Code du travail, art. L3133-1).</summary>
public static class FrenchPublicHolidays
{
    public static bool IsHoliday(DateOnly date)
    {
        var easterMonday = EasterSunday(date.Year).AddDays(1);
        return (date.Month, date.Day) is (1, 1) or (5, 1) or (5, 8) or (7, 14) or (8, 15) or (11, 1) or (11, 11) or (12, 25)
            || date == easterMonday
            || date == easterMonday.AddDays(38)  // Ascension: Thursday, 39 days after Easter Sunday
            || date == easterMonday.AddDays(49); // Lundi de Pentecôte: 50 days after Easter Sunday
    }

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
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
