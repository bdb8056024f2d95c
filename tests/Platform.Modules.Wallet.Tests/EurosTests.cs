using Platform.Core.Application;
using Xunit;

namespace Platform.Modules.Wallet.Tests;

public sealed class EurosTests
{
    [Theory]
    [InlineData(380, "3,80\u202F€")]
    [InlineData(3040, "30,40\u202F€")]
    [InlineData(100000, "1\u202F000,00\u202F€")]
    [InlineData(0, "0,00\u202F€")]
    public void Format_is_french(long cents, string expected) => Assert.Equal(expected, Euros.Format(cents));

    [Theory]
    [InlineData("50", 5000)]
    [InlineData("50,00", 5000)]
    [InlineData("3.80", 380)]
    [InlineData(" 1 000,5 € ", 100050)]
    public void TryParse_reads_what_people_type(string text, long cents)
    {
        Assert.True(Euros.TryParse(text, out var parsed));
        Assert.Equal(cents, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("3,805")]
    [InlineData("-5")]
    [InlineData("99999999999999999999")]
    [InlineData("79228162514264337593543950335")]
    public void TryParse_refuses_anything_else(string text) => Assert.False(Euros.TryParse(text, out _));
}
