using Platform.PaymentProviders.Sepa.Domain;
using Xunit;

namespace Platform.PaymentProviders.Sepa.Tests;

public sealed class MandateTests
{
    private static readonly DateOnly Signed = new(2023, 1, 10);

    [Fact]
    public void A_signed_mandate_is_active_and_keeps_the_sepa_form_of_the_debtor()
    {
        var mandate = TestCreditor.Mandate("PF-230110-ABCDEFGHJK", Signed, bic: "AGRIFRPP882");

        Assert.Equal(MandateState.Active, mandate.StateOn(Signed));
        Assert.Equal("Helene Dupre-Loeuvre", mandate.DebtorName);
        Assert.Equal("12 rue des Etangs, 01400 Chatillon-sur-Chalaronne", mandate.DebtorAddress);
        Assert.Equal(TestCreditor.Ics, mandate.CreditorIdentifier);
        Assert.Equal("AGRIFRPP882", mandate.Bic);
        Assert.Equal(SequenceType.RCUR, mandate.SequenceType);
    }

    [Fact]
    public void A_recurrent_mandate_is_used_again_and_again()
    {
        var mandate = TestCreditor.Mandate("R1", Signed);

        Assert.True(mandate.TryCollect(Signed.AddMonths(1)));
        Assert.True(mandate.TryCollect(Signed.AddMonths(2)));

        Assert.Equal(Signed.AddMonths(2), mandate.LastCollectedOn);
        Assert.Equal(MandateState.Active, mandate.StateOn(Signed.AddMonths(3)));
    }

    [Fact]
    public void A_revoked_mandate_collects_nothing()
    {
        var mandate = TestCreditor.Mandate("R1", Signed);

        Assert.True(mandate.TryRevoke(Signed.AddDays(3)));

        Assert.Equal(MandateState.Revoked, mandate.StateOn(Signed.AddDays(3)));
        Assert.False(mandate.TryCollect(Signed.AddDays(4)));
        Assert.False(mandate.TryRevoke(Signed.AddDays(5)));
        Assert.Null(mandate.LastCollectedOn);
    }

    [Fact]
    public void A_mandate_unused_for_36_months_lapses_and_collects_nothing()
    {
        var mandate = TestCreditor.Mandate("R1", Signed);

        Assert.Equal(MandateState.Active, mandate.StateOn(new DateOnly(2026, 1, 9)));
        Assert.Equal(MandateState.Lapsed, mandate.StateOn(new DateOnly(2026, 1, 10)));
        Assert.False(mandate.TryCollect(new DateOnly(2026, 1, 10)));
    }

    [Fact]
    public void Each_collection_restarts_the_36_months()
    {
        var mandate = TestCreditor.Mandate("R1", Signed);
        Assert.True(mandate.TryCollect(new DateOnly(2024, 6, 1)));

        Assert.Equal(MandateState.Active, mandate.StateOn(new DateOnly(2027, 5, 31)));
        Assert.Equal(MandateState.Lapsed, mandate.StateOn(new DateOnly(2027, 6, 1)));
    }

    [Fact]
    public void A_one_off_mandate_sends_OOFF_once()
    {
        var mandate = TestCreditor.Mandate("R1", Signed, kind: MandateKind.OneOff);

        Assert.Equal(SequenceType.OOFF, mandate.SequenceType);
        Assert.True(mandate.TryCollect(Signed));
        Assert.Equal(MandateState.Used, mandate.StateOn(Signed));
        Assert.False(mandate.TryCollect(Signed.AddDays(1)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("RUM AVEC ESPACES")]
    [InlineData("123456789012345678901234567890123456")]
    public void A_mandate_reference_outside_the_sepa_rules_is_refused(string rum)
    {
        Assert.Throws<ArgumentException>(() => TestCreditor.Mandate(rum, Signed));
    }
}
