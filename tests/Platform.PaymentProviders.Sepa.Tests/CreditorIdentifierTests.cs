using Platform.PaymentProviders.Sepa.Domain;
using Xunit;

namespace Platform.PaymentProviders.Sepa.Tests;

public sealed class CreditorIdentifierTests
{
    [Theory]
    [InlineData("FR72ZZZ123456")]
    [InlineData("fr72 zzz 123456")]
    [InlineData("ES23ZZZ47690558N")]
    [InlineData("DE98ZZZ09999999999")]
    [InlineData("FR72ABC123456")]
    public void Valid_identifiers_pass_the_check_that_skips_the_business_code(string text)
    {
        Assert.True(CreditorIdentifier.IsValid(text));
    }

    [Theory]
    [InlineData("FR12ZZZ123456", "Cet ICS n'est pas valable : vérifiez la clé et les chiffres.")]
    [InlineData("NL97ZZZ123456780000", "Cet ICS n'est pas valable : vérifiez la clé et les chiffres.")]
    [InlineData("FR72ZZZ1234567", "Un ICS français compte 13 caractères.")]
    [InlineData("F72ZZZ123456", "Un identifiant créancier SEPA (ICS) a la forme FRkkZZZnnnnnn : pays, clé, code activité, identifiant.")]
    [InlineData("", "Un identifiant créancier SEPA (ICS) a la forme FRkkZZZnnnnnn : pays, clé, code activité, identifiant.")]
    public void Invalid_identifiers_are_refused_in_french(string text, string expected)
    {
        Assert.Null(CreditorIdentifier.Parse(text, out var error));
        Assert.Equal(expected, error);
    }
}
