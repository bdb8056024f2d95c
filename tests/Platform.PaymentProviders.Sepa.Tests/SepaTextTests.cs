using Platform.PaymentProviders.Sepa.Domain;
using Xunit;

namespace Platform.PaymentProviders.Sepa.Tests;

public sealed class SepaTextTests
{
    [Theory]
    [InlineData("Hélène Dupré-Lœuvre & fils", "Helene Dupre-Loeuvre fils")]
    [InlineData("Ægir Straße", "AEgir Strasse")]
    [InlineData("Cantine d’école : 4 repas × 3,80 €", "Cantine d'ecole : 4 repas 3,80")]
    [InlineData("  Ça   va ?  ", "Ca va ?")]
    [InlineData("Crèche \"Les Pâquerettes\" #12", "Creche Les Paquerettes 12")]
    public void Transliterate_keeps_only_the_sepa_character_set(string text, string expected)
    {
        var result = SepaText.Transliterate(text);

        Assert.Equal(expected, result);
        Assert.All(result, c => Assert.True(SepaText.IsAllowed(c), $"'{c}' is outside the SEPA set"));
    }

    [Fact]
    public void Names_remittances_and_identifiers_are_cut_to_their_lengths()
    {
        var longText = string.Concat(Enumerable.Repeat("Élève ", 40));

        Assert.Equal(70, SepaText.Name(longText).Length);
        Assert.True(SepaText.Remittance(longText).Length <= 140);
        Assert.True(SepaText.Identifier(longText).Length <= 35);
        Assert.StartsWith("Eleve Eleve", SepaText.Name(longText));
    }

    [Theory]
    [InlineData("/AB//CD/", "AB/CD")]
    [InlineData("R U M-é", "RUM-e")]
    [InlineData("PF-261125-ABCDEFGHJK", "PF-261125-ABCDEFGHJK")]
    public void Identifier_drops_spaces_and_slashes_banks_refuse(string text, string expected)
    {
        Assert.Equal(expected, SepaText.Identifier(text));
        Assert.True(SepaText.IsValidIdentifier(expected));
    }

    [Theory]
    [InlineData("/RUM")]
    [InlineData("RUM/")]
    [InlineData("A//B")]
    [InlineData("A B")]
    [InlineData("RUM-É")]
    [InlineData("")]
    [InlineData("123456789012345678901234567890123456")]
    public void Invalid_identifiers_are_detected(string value)
    {
        Assert.False(SepaText.IsValidIdentifier(value));
    }
}
