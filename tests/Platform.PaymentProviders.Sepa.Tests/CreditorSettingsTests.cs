using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sepa.Settings;
using Xunit;

namespace Platform.PaymentProviders.Sepa.Tests;

public sealed class CreditorSettingsTests
{
    [Fact]
    public void Defaults_are_pain_008_001_08_batch_booking_and_14_days()
    {
        var settings = new ProviderSettings(new Dictionary<string, string>
        {
            [SepaSettings.CreditorName] = "Régie de Baneins",
            [SepaSettings.CreditorIdentifier] = "FR72ZZZ123456",
            [SepaSettings.CreditorIban] = "FR7630006000011234567890189",
        });

        var creditor = CreditorSettings.Read(settings, out var errors);

        Assert.Empty(errors);
        Assert.Equal(SepaFileFormat.Pain00800108, creditor!.Format);
        Assert.True(creditor.BatchBooking);
        Assert.Equal(14, creditor.PreNotificationDays);
        Assert.Null(creditor.Bic);
        Assert.Equal("Regie de Baneins", creditor.Creditor.Name);
    }

    [Fact]
    public void Checksums_the_schema_pattern_cannot_see_are_reported_in_french()
    {
        var settings = new ProviderSettings(new Dictionary<string, string>
        {
            [SepaSettings.CreditorName] = "Régie de Baneins",
            [SepaSettings.CreditorIdentifier] = "FR12ZZZ123456",
            [SepaSettings.CreditorIban] = "FR7630006000011234567890188",
            [SepaSettings.FileFormat] = "pain.001",
        });

        Assert.Null(CreditorSettings.Read(settings, out var errors));
        Assert.Contains("Cet ICS n'est pas valable : vérifiez la clé et les chiffres.", errors);
        Assert.Contains("Cet IBAN n'est pas valable : vérifiez les chiffres.", errors);
        Assert.Contains(errors, e => e.StartsWith("« Format du fichier de prélèvement » doit être", StringComparison.Ordinal));
    }

    [Fact]
    public void The_older_format_and_separate_bookings_can_be_chosen()
    {
        var creditor = TestCreditor.Read(TestCreditor.Settings(SepaFileFormats.Version02, batch: "false", days: "5"));

        Assert.Equal(SepaFileFormat.Pain00800102, creditor.Format);
        Assert.False(creditor.BatchBooking);
        Assert.Equal(5, creditor.PreNotificationDays);
    }
}
