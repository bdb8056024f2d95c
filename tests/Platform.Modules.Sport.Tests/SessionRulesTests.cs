using Platform.Core.Booking;
using Platform.Core.Tenancy;
using Platform.Modules.Sport.Application;
using Platform.Modules.Sport.Data;
using Xunit;

namespace Platform.Modules.Sport.Tests;

public sealed class SessionRulesTests
{
    private static readonly Activity SixToEight = new() { Name = "Multisport", Place = "Gymnase", MinAge = 6, MaxAge = 8 };

    [Theory]
    [InlineData("2021-06-09", false)] // 5 the day before their 6th birthday
    [InlineData("2021-06-08", true)]  // 6 that very day
    [InlineData("2018-06-09", true)]  // still 8
    [InlineData("2018-06-08", false)] // 9 that day
    public void The_age_is_counted_on_the_day_of_the_session(string born, bool fits)
    {
        var child = new ChildSummary(Guid.NewGuid(), "Léa", "Martin") { BirthDate = DateOnly.Parse(born) };

        Assert.Equal(fits, SessionRules.FitsAge(SixToEight, child, new DateOnly(2027, 6, 8)));
    }

    [Fact]
    public void Without_a_deadline_a_session_can_be_booked_until_it_starts()
    {
        var session = new Session { Date = new DateOnly(2027, 6, 9), Start = new TimeOnly(14, 0), End = new TimeOnly(16, 0) };

        Assert.True(SessionRules.BeforeDeadline(session, null, new DateTime(2027, 6, 9, 11, 59, 0, DateTimeKind.Utc)));
        Assert.False(SessionRules.BeforeDeadline(session, null, new DateTime(2027, 6, 9, 12, 0, 0, DateTimeKind.Utc))); // 14:00 in Paris
        Assert.False(SessionRules.BeforeDeadline(session, new DeadlineRule.DaysBefore(1, false) { At = new TimeOnly(12, 0) }, new DateTime(2027, 6, 8, 10, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Registration_opens_at_its_instant()
    {
        var activity = new Activity { Name = "Voile", Place = "Lac", OpensAtUtc = new DateTime(2027, 7, 1, 6, 0, 0, DateTimeKind.Utc) };

        Assert.False(SessionRules.IsOpen(activity, new DateTime(2027, 7, 1, 5, 59, 59, DateTimeKind.Utc)));
        Assert.True(SessionRules.IsOpen(activity, new DateTime(2027, 7, 1, 6, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("inscriptions à partir du jeudi 1 juillet à 08h00", SessionRules.Opening(activity));
    }
}
