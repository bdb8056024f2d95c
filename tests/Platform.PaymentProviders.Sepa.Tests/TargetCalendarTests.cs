using Platform.PaymentProviders.Sepa.Domain;
using Xunit;

namespace Platform.PaymentProviders.Sepa.Tests;

public sealed class TargetCalendarTests
{
    [Theory]
    [InlineData("2026-01-01")]
    [InlineData("2026-04-03")]
    [InlineData("2026-04-06")]
    [InlineData("2026-05-01")]
    [InlineData("2026-12-25")]
    [InlineData("2026-12-26")]
    [InlineData("2027-03-26")]
    [InlineData("2027-03-29")]
    [InlineData("2026-11-28")]
    [InlineData("2026-11-29")]
    public void Closing_days_are_not_business_days(string date)
    {
        Assert.False(TargetCalendar.IsBusinessDay(DateOnly.Parse(date)));
    }

    [Theory]
    [InlineData("2026-11-25")]
    [InlineData("2026-07-14")]
    [InlineData("2026-05-08")]
    [InlineData("2026-05-14")]
    [InlineData("2026-12-24")]
    [InlineData("2026-12-31")]
    public void National_holidays_outside_target_are_business_days(string date)
    {
        Assert.True(TargetCalendar.IsBusinessDay(DateOnly.Parse(date)));
    }

    [Theory]
    [InlineData("2026-12-24", "2026-12-24")]
    [InlineData("2026-12-25", "2026-12-28")]
    [InlineData("2026-04-03", "2026-04-07")]
    [InlineData("2027-01-01", "2027-01-04")]
    [InlineData("2026-11-28", "2026-11-30")]
    public void OnOrAfter_moves_to_the_next_business_day(string date, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), TargetCalendar.OnOrAfter(DateOnly.Parse(date)));
    }
}
