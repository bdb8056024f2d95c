using Platform.Core.Booking;
using Platform.Core.Calendars;
using Xunit;

namespace Platform.Core.Tests;

public sealed class DeadlineRuleTests
{
    private static readonly TimeOnly NineThirty = new(9, 30);
    private static readonly TimeOnly Ten = new(10, 0);

    [Fact]
    public void Camargue_rule_tuesday_of_the_previous_week_at_0930()
    {
        var rule = new DeadlineRule.WeekdayOfEarlierWeek(DayOfWeek.Tuesday, 1) { At = NineThirty };

        Assert.Equal(new DateTime(2017, 1, 17, 9, 30, 0), rule.LocalDeadline(new DateOnly(2017, 1, 23)));
        Assert.Equal(new DateTime(2017, 1, 17, 8, 30, 0, DateTimeKind.Utc), rule.DeadlineUtc(new DateOnly(2017, 1, 23)));
        Assert.Equal(new DateTime(2017, 1, 17, 9, 30, 0), rule.LocalDeadline(new DateOnly(2017, 1, 29)));
    }

    [Fact]
    public void Two_working_days_before_skips_the_weekend_and_easter_monday()
    {
        var rule = new DeadlineRule.DaysBefore(2, WorkingDaysOnly: true) { At = Ten };

        Assert.Equal(new DateTime(2026, 4, 3, 10, 0, 0), rule.LocalDeadline(new DateOnly(2026, 4, 8)));
        Assert.Equal(new DateTime(2026, 4, 3, 8, 0, 0, DateTimeKind.Utc), rule.DeadlineUtc(new DateOnly(2026, 4, 8)));
    }

    [Fact]
    public void Calendar_days_before_counts_weekends()
    {
        var rule = new DeadlineRule.DaysBefore(2, WorkingDaysOnly: false) { At = Ten };

        Assert.Equal(new DateTime(2026, 3, 28, 9, 0, 0, DateTimeKind.Utc), rule.DeadlineUtc(new DateOnly(2026, 3, 30)));
    }

    [Fact]
    public void Working_days_cross_the_year_end_and_new_years_day()
    {
        var rule = new DeadlineRule.DaysBefore(1, WorkingDaysOnly: true) { At = Ten };

        Assert.Equal(new DateTime(2026, 12, 31, 10, 0, 0), rule.LocalDeadline(new DateOnly(2027, 1, 4)));
    }

    [Fact]
    public void A_time_skipped_by_the_spring_change_moves_to_the_first_valid_minute()
    {
        var rule = new DeadlineRule.DaysBefore(1, WorkingDaysOnly: false) { At = new TimeOnly(2, 30) };

        Assert.Equal(new DateTime(2026, 3, 29, 1, 0, 0, DateTimeKind.Utc), rule.DeadlineUtc(new DateOnly(2026, 3, 30)));
    }

    [Fact]
    public void A_time_repeated_by_the_autumn_change_is_its_first_occurrence()
    {
        var rule = new DeadlineRule.DaysBefore(1, WorkingDaysOnly: false) { At = new TimeOnly(2, 30) };

        Assert.Equal(new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc), rule.DeadlineUtc(new DateOnly(2026, 10, 26)));
    }

    [Fact]
    public void Summer_and_winter_offsets_differ()
    {
        var rule = new DeadlineRule.DaysBefore(1, WorkingDaysOnly: false) { At = Ten };

        Assert.Equal(new DateTime(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc), rule.DeadlineUtc(new DateOnly(2026, 7, 2)));
        Assert.Equal(new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc), rule.DeadlineUtc(new DateOnly(2026, 12, 2)));
    }

    [Fact]
    public void Weekday_of_week_s_minus_2_crosses_the_year_end()
    {
        var rule = new DeadlineRule.WeekdayOfEarlierWeek(DayOfWeek.Thursday, 2) { At = new TimeOnly(12, 0) };

        Assert.Equal(new DateTime(2026, 12, 24, 12, 0, 0), rule.LocalDeadline(new DateOnly(2027, 1, 4)));
        Assert.Equal(new DateTime(2026, 12, 24, 12, 0, 0), rule.LocalDeadline(new DateOnly(2027, 1, 10)));
    }

    [Theory]
    [InlineData(25, "2027-01-10", "2026-12-25")]
    [InlineData(31, "2026-03-15", "2026-02-28")]
    [InlineData(29, "2024-03-01", "2024-02-29")]
    [InlineData(1, "2026-09-30", "2026-08-01")]
    public void Day_of_the_previous_month_clamps_to_its_length(int day, string serviceDate, string expected)
    {
        var rule = new DeadlineRule.DayOfPreviousMonth(day) { At = new TimeOnly(18, 0) };

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(18, 0)),
            rule.LocalDeadline(DateOnly.Parse(serviceDate, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void IsOpen_is_true_strictly_before_the_deadline()
    {
        var rule = new DeadlineRule.DaysBefore(2, WorkingDaysOnly: true) { At = Ten };
        var meal = new DateOnly(2026, 4, 8);
        var deadline = rule.DeadlineUtc(meal);

        Assert.True(rule.IsOpen(meal, deadline.AddTicks(-1)));
        Assert.False(rule.IsOpen(meal, deadline));
    }

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Easter_sunday(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Easter.Sunday(year));

    [Theory]
    [InlineData("2026-05-14", true)]
    [InlineData("2026-05-25", true)]
    [InlineData("2026-07-14", true)]
    [InlineData("2026-11-11", true)]
    [InlineData("2026-04-03", false)]
    [InlineData("2026-05-13", false)]
    public void Public_holidays_of_2026(string date, bool holiday) =>
        Assert.Equal(holiday, FrenchPublicHolidays.IsHoliday(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
}
