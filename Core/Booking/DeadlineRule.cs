using System.Text.Json.Serialization;
using Platform.Core.Application;
using Platform.Core.Calendars;

namespace Platform.Core.Booking;

/// <summary>When booking (or cancelling) a service date closes, as the communes' règlements word it. Every rule gives
/// a wall-clock time in Europe/Paris; <see cref="DeadlineUtc"/> turns it into an instant.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(DaysBefore), "daysBefore")]
[JsonDerivedType(typeof(WeekdayOfEarlierWeek), "weekdayOfEarlierWeek")]
[JsonDerivedType(typeof(DayOfPreviousMonth), "dayOfPreviousMonth")]
public abstract record DeadlineRule
{
    public TimeOnly At { get; init; }

    /// <summary>The deadline as Paris wall-clock date and time.</summary>
    public abstract DateTime LocalDeadline(DateOnly serviceDate);

    /// <summary>The deadline as an instant (see <see cref="ParisTime.ToUtc"/> for the DST changes).</summary>
    public DateTime DeadlineUtc(DateOnly serviceDate) => ParisTime.ToUtc(LocalDeadline(serviceDate));

    public bool IsOpen(DateOnly serviceDate, DateTime nowUtc) => nowUtc < DeadlineUtc(serviceDate);

    /// <summary>The deadline (Paris time) while it has not passed; null once it has.</summary>
    public DateTime? OpenUntilLocal(DateOnly serviceDate, DateTime nowUtc) => IsOpen(serviceDate, nowUtc) ? LocalDeadline(serviceDate) : null;

    /// <summary>Why the rule cannot be used, in French, or null when it is sound.</summary>
    public abstract string? Problem();

    /// <summary>"D-n at HH:MM": n calendar days before, or n working days (no weekends, no French public holidays).</summary>
    public sealed record DaysBefore(int Days, bool WorkingDaysOnly) : DeadlineRule
    {
        public override DateTime LocalDeadline(DateOnly serviceDate)
        {
            var day = serviceDate;
            if (WorkingDaysOnly)
            {
                for (var counted = 0; counted < Days;)
                {
                    day = day.AddDays(-1);
                    if (FrenchPublicHolidays.IsWorkingDay(day))
                    {
                        counted++;
                    }
                }
            }
            else
            {
                day = day.AddDays(-Days);
            }

            return day.ToDateTime(At);
        }

        public override string? Problem() => Days is < 0 or > 60 ? "Le délai se compte entre 0 et 60 jours." : null;
    }

    /// <summary>"<weekday> of week S-n at HH:MM": the given weekday of the week n weeks before the service date's
    /// week (weeks start on Monday). n = 1 is the Camargue rule "mardi de la semaine précédente".</summary>
    public sealed record WeekdayOfEarlierWeek(DayOfWeek Day, int WeeksBefore) : DeadlineRule
    {
        public override DateTime LocalDeadline(DateOnly serviceDate)
        {
            var monday = serviceDate.AddDays(-(((int)serviceDate.DayOfWeek + 6) % 7));
            var offset = ((int)Day + 6) % 7;
            return monday.AddDays((-7 * WeeksBefore) + offset).ToDateTime(At);
        }

        public override string? Problem() =>
            WeeksBefore is < 1 or > 8 ? "Le délai se compte entre 1 et 8 semaines." : !Enum.IsDefined(Day) ? "Choisissez un jour de la semaine." : null;
    }

    /// <summary>"Day n of the previous month at HH:MM" (the last day when the month is shorter).</summary>
    public sealed record DayOfPreviousMonth(int Day) : DeadlineRule
    {
        public override DateTime LocalDeadline(DateOnly serviceDate)
        {
            var first = new DateOnly(serviceDate.Year, serviceDate.Month, 1).AddMonths(-1);
            var day = Math.Min(Day, DateTime.DaysInMonth(first.Year, first.Month));
            return new DateOnly(first.Year, first.Month, day).ToDateTime(At);
        }

        public override string? Problem() => Day is < 1 or > 31 ? "Le jour du mois est compris entre 1 et 31." : null;
    }
}
