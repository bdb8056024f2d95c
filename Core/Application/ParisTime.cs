using System.Globalization;

namespace Platform.Core.Application;

/// <summary>Dates shown to people are in Europe/Paris; times are stored in UTC.</summary>
public static class ParisTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    public static DateTime ToParis(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>A Paris wall-clock time as an instant. A time skipped by the spring DST change is moved to the first
    /// valid minute after it; one repeated in autumn is taken at its first occurrence.</summary>
    public static DateTime ToUtc(DateTime local)
    {
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        if (Zone.IsAmbiguousTime(local))
        {
            var offset = Zone.GetAmbiguousTimeOffsets(local).Max();
            return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);
    }

    /// <summary>The first day of a month written "yyyy-MM" (2026-04), as pages and API take it, between 2000 and 2100.</summary>
    public static bool TryParseMonth(string? month, out DateOnly firstDay) =>
        DateOnly.TryParseExact($"{month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out firstDay) && firstDay.Year is >= 2000 and <= 2100;
}
