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
                if (item.End is { } end && end > start)
                {
                    Line(ics, $"DTEND:{Utc(item.Date, end)}");
                }
            }
            else
            {
                // A meal is a day's mark, not a busy day in the parent's diary.
                Line(ics, $"DTSTART;VALUE=DATE:{item.Date:yyyyMMdd}");
                Line(ics, $"DTEND;VALUE=DATE:{item.Date.AddDays(1):yyyyMMdd}");
                Line(ics, "TRANSP:TRANSPARENT");
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

    /// <summary>A Paris wall-clock time as UTC; one skipped by the spring change is taken at the first valid minute.</summary>
    private static string Utc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        while (ParisTime.Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, ParisTime.Zone).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>TEXT value: backslash, semicolon and comma escaped, line breaks as \n, other control characters dropped.</summary>
    private static string Text(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            text.Append(c switch
            {
                '\\' or ';' or ',' => $"\\{c}",
                '\n' => "\\n",
                _ when char.IsControl(c) => "",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

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
