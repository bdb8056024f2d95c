using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sepa.Domain;
using Platform.PaymentProviders.Sepa.Settings;

namespace Platform.PaymentProviders.Sepa.Tests;

/// <summary>The Dombes régie as a creditor, and mandates signed to it.</summary>
internal static class TestCreditor
{
    public const string Ics = "FR72ZZZ123456";

    public static readonly Guid Regie = Guid.Parse("5f0c4f1e-0000-4000-8000-000000000001");

    public static ProviderSettings Settings(string format = SepaFileFormats.Version08, string? bic = "AGRIFRPP882", string batch = "true", string days = "14")
    {
        var values = new Dictionary<string, string>
        {
            [SepaSettings.CreditorName] = "Régie cantine – Communauté de communes de la Dombes",
            [SepaSettings.CreditorIdentifier] = Ics,
            [SepaSettings.CreditorIban] = "FR76 3000 6000 0112 3456 7890 189",
            [SepaSettings.FileFormat] = format,
            [SepaSettings.BatchBooking] = batch,
            [SepaSettings.PreNotificationDays] = days,
        };
        if (bic is not null)
        {
            values[SepaSettings.CreditorBic] = bic;
        }

        return new ProviderSettings(values);
    }

    public static CreditorSettings Read(ProviderSettings settings) =>
        CreditorSettings.Read(settings, out var errors) ?? throw new InvalidOperationException(string.Join(" ", errors));

    public static Mandate Mandate(string rum, DateOnly signedOn, string iban = "FR1420041010050500013M02606", string? bic = null, MandateKind kind = MandateKind.Recurrent, Guid? family = null)
    {
        var creditor = Read(Settings()).Creditor;
        var signature = new MandateSignature(
            Regie, family ?? Guid.NewGuid(), creditor, "Hélène Dupré-Lœuvre", "12 rue des Étangs, 01400 Châtillon-sur-Chalaronne",
            Iban.Parse(iban, out _)!, Bic.Parse(bic, out _), kind);
        return Domain.Mandate.Sign(signature, rum, signedOn);
    }
}
