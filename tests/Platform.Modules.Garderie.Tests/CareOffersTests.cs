using Platform.Core.Booking;
using Platform.Modules.Garderie.Application;
using Platform.Modules.Garderie.Data;
using Xunit;

namespace Platform.Modules.Garderie.Tests;

public sealed class CareOffersTests
{
    private static readonly CareSlot Evening = new()
    {
        Id = Guid.NewGuid(), Label = "Soir", Start = new TimeOnly(16, 30), End = new TimeOnly(18, 30), Weekdays = PeriodRow.Bits([DayOfWeek.Monday, DayOfWeek.Tuesday]),
    };

    private static readonly DateOnly Monday = new(2027, 6, 7);

    [Theory]
    [InlineData("18:30", 0)]
    [InlineData("18:31", 500)]
    [InlineData("18:45", 500)]
    [InlineData("18:46", 1000)]
    [InlineData("19:31", 2500)]
    public void A_late_pick_up_costs_each_started_quarter_of_an_hour(string leftAt, long expected)
    {
        var settings = new CareSettings { LatePickupCentsPerQuarter = 500 };

        Assert.Equal(expected, CareOffers.LatePickup(Evening, TimeOnly.Parse(leftAt), settings));
    }

    [Fact]
    public void No_charge_when_the_service_sets_none_or_the_departure_is_unknown()
    {
        Assert.Equal(0, CareOffers.LatePickup(Evening, new TimeOnly(19, 0), new CareSettings()));
        Assert.Equal(0, CareOffers.LatePickup(Evening, null, new CareSettings { LatePickupCentsPerQuarter = 500 }));
    }

    [Fact]
    public void Past_the_deadline_a_slot_is_bookable_late_until_it_starts_when_the_service_accepts_it()
    {
        var day = new CalendarDay(Monday, DayState.TooLate, null, new DateTime(2027, 6, 6, 18, 0, 0));
        var accepting = new CareSettings { LateBookingSurchargePercent = 50 };
        var beforeStart = new DateTime(2027, 6, 7, 14, 29, 0, DateTimeKind.Utc); // 16:29 in Paris (summer time)
        var atStart = new DateTime(2027, 6, 7, 14, 30, 0, DateTimeKind.Utc);

        Assert.Equal(SlotState.LateBookable, CareOffers.Offer(day, Evening, accepting, beforeStart).State);
        Assert.Equal(SlotState.TooLate, CareOffers.Offer(day, Evening, accepting, atStart).State);
        Assert.Equal(SlotState.TooLate, CareOffers.Offer(day, Evening, new CareSettings(), beforeStart).State);
    }

    [Fact]
    public void A_late_booking_costs_the_surcharge_rounded_to_the_cent()
    {
        var settings = new CareSettings { LateBookingSurchargePercent = 50 };
        var late = new SlotOffer(Monday, Evening, SlotState.LateBookable, null, null);
        var onTime = late with { State = SlotState.Bookable };

        Assert.Equal(375, CareOffers.Price(250, late, settings));
        Assert.Equal(233, CareOffers.Price(155, late, settings)); // 232,5 → 233
        Assert.Equal(250, CareOffers.Price(250, onTime, settings));
    }

    [Fact]
    public void A_slot_is_not_offered_on_a_weekday_it_does_not_run()
    {
        var thursday = new CalendarDay(new DateOnly(2027, 6, 10), DayState.Bookable, null, null);

        Assert.Equal(SlotState.NotServed, CareOffers.Offer(thursday, Evening, new CareSettings(), DateTime.UtcNow).State);
    }
}
