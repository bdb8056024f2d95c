using System.Globalization;
using System.Text;
using Platform.Core.Application;
using Platform.Core.Booking;

namespace Platform.Host.Families;

/// <summary>Writes an iCalendar (RFC 5545) feed: CRLF lines folded at 75 octets, text escaped, all-day items as dates,
/// timed items in UTC (so no time-zone component is needed).</summary>
internal static class ICalendarWriter
{
    public static string Write(string name, IEnumerable<BookedItem> items, DateTime nowUtc, string host)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//Portail famille//Réservations//FR");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, $"X-WR-CALNAME:{Text(name)}");
        Line(ics, "X-WR-TIMEZONE:Europe/Paris");
        var stamp = nowUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var item in items)
        {
            Line(ics, "BEGIN:VEVENT");
            Line(ics, $"UID:{item.Id:N}@{host}");
            Line(ics, $"DTSTAMP:{stamp}");
            if (item.Start is { } start)
            {
                Line(ics, $"DTSTART:{Utc(item.Date, start)}");
                Line(ics, $"DTEND:{Utc(item.Date, item.End ?? start)}");
            }
            else
            {
                Line(ics, $"DTSTART;VALUE=DATE:{item.Date:yyyyMMdd}");
                Line(ics, $"DTEND;VALUE=DATE:{item.Date.AddDays(1):yyyyMMdd}");
            }

            Line(ics, $"SUMMARY:{Text(item.Summary)}");
            if (item.Place is { Length: > 0 } place)
            {
                Line(ics, $"LOCATION:{Text(place)}");
            }

            Line(ics, "END:VEVENT");
        }

        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    private static string Utc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time), ParisTime.Zone).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Text(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Folds a content line into chunks of at most 75 octets, never inside a UTF-8 character.</summary>
    private static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 0;
                limit = 74; // a continuation line starts with one space
            }

            ics.Append(rune.ToString());
            octets += size;
        }

        ics.Append("\r\n");
    }
}
