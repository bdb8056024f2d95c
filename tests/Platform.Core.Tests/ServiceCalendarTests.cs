using Platform.Core.Booking;
using Xunit;

namespace Platform.Core.Tests;

public sealed class ServiceCalendarTests
{
    private static readonly ServicePeriod SchoolYear = new(
        new DateOnly(2026, 9, 1), new DateOnly(2027, 7, 3),
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday });

    private static readonly DeadlineRule TwoWorkingDays = new DeadlineRule.DaysBefore(2, WorkingDaysOnly: true) { At = new TimeOnly(10, 0) };

    [Fact]
    public void A_month_shows_served_days_closures_and_deadlines()
    {
        var calendar = new ServiceCalendar([SchoolYear], [new ServiceClosure(new DateOnly(2026, 11, 12), "Grève")], TwoWorkingDays);
        var now = new DateTime(2026, 11, 9, 8, 0, 0, DateTimeKind.Utc); // Monday 09:00 in Paris

        var days = calendar.Month(2026, 11, now).ToDictionary(d => d.Date);

        Assert.Equal(30, days.Count);
        Assert.Equal(DayState.NotServed, days[new DateOnly(2026, 11, 11)].State); // Wednesday (and Armistice)
        Assert.Equal(DayState.Closed, days[new DateOnly(2026, 11, 12)].State);
        Assert.Equal("Grève", days[new DateOnly(2026, 11, 12)].Reason);
        Assert.Equal(DayState.TooLate, days[new DateOnly(2026, 11, 10)].State);  // deadline Thu 06/11 10:00
        var friday = days[new DateOnly(2026, 11, 13)];                              // deadline Tue 10/11 (11/11 is a holiday)
        Assert.Equal(DayState.Bookable, friday.State);
        Assert.Equal(new DateTime(2026, 11, 10, 10, 0, 0), friday.DeadlineLocal);
    }

    [Fact]
    public void Outside_the_period_or_without_deadlines_nothing_is_served()
    {
        var now = new DateTime(2026, 8, 1, 8, 0, 0, DateTimeKind.Utc);

        Assert.Equal(DayState.NotServed, new ServiceCalendar([SchoolYear], [], TwoWorkingDays).Day(new DateOnly(2027, 7, 5), now).State);
        Assert.Equal(DayState.NotServed, new ServiceCalendar([SchoolYear], [], null).Day(new DateOnly(2026, 9, 3), now).State);
        Assert.Equal(DayState.Bookable, new ServiceCalendar([SchoolYear], [], TwoWorkingDays).Day(new DateOnly(2026, 9, 3), now).State);
    }
}
