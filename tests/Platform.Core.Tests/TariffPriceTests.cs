using Platform.Core.Booking;
using Xunit;

namespace Platform.Core.Tests;

public sealed class TariffPriceTests
{
    private static readonly QuotientBracket[] Brackets = [new(600, 40), new(1000, 70), new(null, 100)];
    private static readonly SiblingDiscount[] Siblings = [new(2, 10), new(3, 25)];
    private static readonly DateOnly Day = new(2027, 3, 15);

    [Theory]
    [InlineData(0, 152L, "QF 0 € : 40 %")]
    [InlineData(600, 152L, "QF 600 € : 40 %")]
    [InlineData(601, 266L, "QF 601 € : 70 %")]
    [InlineData(1000, 266L, "QF 1\u202F000 € : 70 %")]
    [InlineData(1001, 380L, "QF 1\u202F001 € : 100 %")]
    public void A_quotient_takes_the_first_bracket_whose_ceiling_it_does_not_exceed(int quotient, long cents, string rule)
    {
        var tariff = new FamilyTariff(Brackets, [], [new FamilyQuotient(quotient, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31))]);

        var price = tariff.Price(380, Day, 1);

        Assert.Equal(cents, price.Cents);
        Assert.Equal(rule, price.Rule);
    }

    [Fact]
    public void Without_a_quotient_valid_that_day_the_last_bracket_applies()
    {
        var expired = new FamilyTariff(Brackets, [], [new FamilyQuotient(300, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31))]);

        var price = expired.Price(380, Day, 1);

        Assert.Equal(new RuledPrice(380, "quotient familial non justifié : 100 %"), price);
    }

    [Theory]
    [InlineData(1, 380L, null)]
    [InlineData(2, 342L, "2 enfants inscrits : −10 %")]
    [InlineData(3, 285L, "3 enfants inscrits : −25 %")]
    [InlineData(5, 285L, "5 enfants inscrits : −25 %")]
    public void Each_child_gets_the_discount_of_the_number_of_children_booking(int children, long cents, string? rule)
    {
        var price = new FamilyTariff([], Siblings, []).Price(380, Day, children);

        Assert.Equal(new RuledPrice(cents, rule), price);
    }

    [Fact]
    public void Quotient_then_siblings_each_rounded_to_the_cent_half_away_from_zero()
    {
        var tariff = new FamilyTariff(Brackets, Siblings, [new FamilyQuotient(700, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31))]);

        // 2,50 € × 70 % = 1,75 €; × 90 % = 1,575 → 1,58 €.
        Assert.Equal(158, tariff.Price(250, Day, 2).Cents);
        Assert.Equal(new RuledPrice(250, null), FamilyTariff.None.Price(250, Day, 4));
    }
}
