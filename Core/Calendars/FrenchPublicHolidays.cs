namespace Platform.Core.Calendars;

/// <summary>The eleven national public holidays of metropolitan France (Code du travail, art. L3133-1).</summary>
public static class FrenchPublicHolidays
{
    public static bool IsHoliday(DateOnly date)
    {
        var easterMonday = Easter.Sunday(date.Year).AddDays(1);
        return (date.Month, date.Day) is (1, 1) or (5, 1) or (5, 8) or (7, 14) or (8, 15) or (11, 1) or (11, 11) or (12, 25)
            || date == easterMonday
            || date == easterMonday.AddDays(38)  // Ascension: Thursday, 39 days after Easter Sunday
            || date == easterMonday.AddDays(49); // Lundi de Pentecôte: 50 days after Easter Sunday
    }

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);
}
