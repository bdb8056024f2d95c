using Xunit;

namespace Platform.PaymentProviders.PayFip.Tests;

public sealed class PayFipFieldsTests
{
    [Theory]
    [InlineData("Cantine d'Élodie – novembre", "Cantine d Elodie novembre")]
    [InlineData("Garderie : Sœur aînée, 12/03 (matin)", "Garderie Soeur ainee 12 03 matin")]
    [InlineData("  €  ", "")]
    public void Objet_keeps_only_unaccented_letters_digits_and_single_spaces(string text, string objet)
    {
        Assert.Equal(objet, PayFipFields.Objet(text));
    }

    [Fact]
    public void Objet_is_cut_at_100_characters()
    {
        var objet = PayFipFields.Objet(string.Concat(Enumerable.Repeat("Repas cantine ", 20)));

        Assert.True(objet.Length <= 100);
        Assert.Matches("^[A-Za-z0-9 ]*[A-Za-z0-9]$", objet);
    }

    [Fact]
    public void Refdet_is_25_letters_or_digits_distinct_per_payment()
    {
        var refdets = Enumerable.Range(0, 1000).Select(_ => PayFipFields.Refdet(Guid.NewGuid())).ToList();

        Assert.All(refdets, r => Assert.Matches("^[A-Z0-9]{25}$", r));
        Assert.Equal(refdets.Count, refdets.Distinct().Count());
        Assert.Equal("0000000000000000000000000", PayFipFields.Refdet(Guid.Empty));
    }

    [Theory]
    [InlineData("abc:DEF", "abc", "DEF")]
    public void Reference_round_trips(string reference, string idOp, string refdet)
    {
        Assert.Equal((idOp, refdet), PayFipReference.Parse(reference));
        Assert.Equal(reference, PayFipReference.Format(idOp, refdet));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("a:b:c")]
    [InlineData(":b")]
    public void Reference_not_of_PayFiP_is_rejected(string reference)
    {
        Assert.Throws<ArgumentException>(() => PayFipReference.Parse(reference));
    }
}
