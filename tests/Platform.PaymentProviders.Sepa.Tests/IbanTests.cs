using Platform.PaymentProviders.Sepa.Domain;
using Xunit;

namespace Platform.PaymentProviders.Sepa.Tests;

public sealed class IbanTests
{
    [Theory]
    [InlineData("FR1420041010050500013M02606")]
    [InlineData("FR7630006000011234567890189")]
    [InlineData("fr76 3000 6000 0112 3456 7890 189")]
    [InlineData("DE89370400440532013000")]
    [InlineData("BE68539007547034")]
    [InlineData("NL91ABNA0417164300")]
    [InlineData("ES91 2100 0418 4502 0005 1332")]
    [InlineData("IT60X0542811101000000123456")]
    [InlineData("GB29NWBK60161331926819")]
    [InlineData("CH9300762011623852957")]
    [InlineData("AT611904300234573201")]
    [InlineData("MT84MALT011000012345MTLCAST001S")]
    [InlineData("NO9386011117947")]
    public void Parse_valid_iban_is_stored_upper_case_without_spaces(string text)
    {
        var iban = Iban.Parse(text, out var error);

        Assert.Null(error);
        Assert.Equal(text.Replace(" ", "").ToUpperInvariant(), iban!.Value);
    }

    [Theory]
    [InlineData("FR7630006000011234567890188", "Cet IBAN n'est pas valable : vérifiez les chiffres.")]
    [InlineData("DE89370400440532013001", "Cet IBAN n'est pas valable : vérifiez les chiffres.")]
    [InlineData("FR763000600001123456789018", "Un IBAN de ce pays compte 27 caractères : celui-ci en a 26.")]
    [InlineData("US780210000089123456789", "Ce pays n'appartient pas à la zone SEPA : le prélèvement n'est pas possible sur ce compte.")]
    [InlineData("FR462004A010050500013M02606", "Cet IBAN français n'a pas la bonne forme : banque, guichet et clé RIB sont des chiffres.")]
    [InlineData("", "Saisissez l'IBAN du compte à débiter.")]
    public void Parse_invalid_iban_says_why_in_french(string text, string expected)
    {
        Assert.Null(Iban.Parse(text, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("7630006000011234567890189")]
    [InlineData("FR76-3000-6000!01")]
    public void Parse_rejects_what_is_not_shaped_like_an_iban(string text)
    {
        Assert.Null(Iban.Parse(text, out var error));
        Assert.StartsWith("Un IBAN commence par deux lettres", error);
    }

    [Fact]
    public void Masked_shows_only_the_country_and_the_last_characters()
    {
        Assert.Equal("FR76 •••• •••• 0189", Iban.FromStored("FR7630006000011234567890189").Masked);
    }
}
