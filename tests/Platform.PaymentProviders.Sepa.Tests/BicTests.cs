using Platform.PaymentProviders.Sepa.Domain;
using Xunit;

namespace Platform.PaymentProviders.Sepa.Tests;

public sealed class BicTests
{
    [Theory]
    [InlineData("AGRIFRPP", true)]
    [InlineData("agri frpp 882", true)]
    [InlineData("BNPAFRPPXXX", true)]
    [InlineData("DEUTDEFF500", true)]
    [InlineData("1234FRPP", false)]
    [InlineData("AGRIFR1P", false)]
    [InlineData("AGRIFRPO", false)]
    public void Parse_accepts_the_08_pattern_and_tells_whether_the_02_one_fits(string text, bool fits02)
    {
        var bic = Bic.Parse(text, out var error);

        Assert.Null(error);
        Assert.Equal(fits02, bic!.FitsVersion02);
        Assert.True(Bic.MatchesVersion08(bic.Value));
    }

    [Theory]
    [InlineData("AGRI")]
    [InlineData("AGRI1RPP")]
    [InlineData("AGRIFRPP88")]
    [InlineData("AGRIFRPP8823")]
    public void Parse_rejects_a_malformed_bic_in_french(string text)
    {
        Assert.Null(Bic.Parse(text, out var error));
        Assert.StartsWith("Un BIC compte 8 ou 11", error);
        Assert.False(Bic.MatchesVersion02(text));
    }

    [Fact]
    public void A_blank_bic_is_no_bic_and_no_error()
    {
        Assert.Null(Bic.Parse("  ", out var error));
        Assert.Null(error);
    }
}
