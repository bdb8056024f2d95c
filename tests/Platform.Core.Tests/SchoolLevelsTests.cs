using Platform.Core.Tenancy;
using Xunit;

namespace Platform.Core.Tests;

public sealed class SchoolLevelsTests
{
    [Theory]
    [InlineData("CE1", "CE1")]
    [InlineData("ce 1", "CE1")]
    [InlineData("CM2 – Mme Durand", "CM2")]
    [InlineData("Classe de 6ème B", "6e")]
    [InlineData("petite section", "PS")]
    [InlineData("Toute petite section", "TPS")]
    [InlineData("Grande Section", "GS")]
    [InlineData("terminale", "Tle")]
    [InlineData("seconde", "2de")]
    public void Reads_the_level_a_parent_typed(string typed, string code) => Assert.Equal(code, SchoolLevels.Normalise(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("CE7")]
    [InlineData("Mme Durand")]
    public void Text_that_names_no_level_gives_none(string? typed) => Assert.Null(SchoolLevels.Rank(typed));

    [Theory]
    [InlineData("CP", true)]
    [InlineData("CE2", true)]
    [InlineData("GS", false)]
    [InlineData("CM1", false)]
    [InlineData(null, false)]
    public void Within_a_range_bounds_included(string? schoolClass, bool within) =>
        Assert.Equal(within, SchoolLevels.Within(schoolClass, "CP", "CE2"));

    [Fact]
    public void Ranges_read_as_french() =>
        Assert.Equal(
            new List<string?> { "de CP à CE2", "à partir de CM1", "jusqu'à GS", "de 6e", null },
            [SchoolLevels.Range("CP", "CE2"), SchoolLevels.Range("cm1", null), SchoolLevels.Range(null, "GS"), SchoolLevels.Range("6e", "sixième"), SchoolLevels.Range(null, null)]);
}
