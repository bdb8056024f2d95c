using Microsoft.EntityFrameworkCore;
using Platform.PaymentProviders.Sepa.Application;
using Platform.PaymentProviders.Sepa.Domain;
using Xunit;

namespace Platform.PaymentProviders.Sepa.Tests;

/// <summary>Signing, reading and revoking mandates on a real, migrated SQLite file.</summary>
public sealed class MandateServiceTests : IDisposable
{
    private static readonly MandateForm Valid = new("Hélène Dupré", "12 rue des Étangs, 01400 Châtillon-sur-Chalaronne", "FR76 3000 6000 0112 3456 7890 189", "agrifrpp882", Accepted: true);
    private readonly SepaDatabase database = new();
    private readonly FixedClock clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly Guid family = Guid.NewGuid();
    private readonly SepaRegie regie = new(TestCreditor.Regie, "Régie cantine", TestCreditor.Settings());

    [Fact]
    public async Task Signing_stores_an_active_mandate_with_a_unique_sepa_reference()
    {
        var first = await Service().SignAsync(family, regie, Valid, default);
        var other = await Service().SignAsync(Guid.NewGuid(), regie, Valid, default);

        Assert.True(first.Succeeded);
        var stored = Assert.Single(await Service().ListAsync(family, default));
        Assert.Equal(MandateState.Active, stored.StateOn(new DateOnly(2026, 11, 25)));
        Assert.Equal("FR7630006000011234567890189", stored.Iban);
        Assert.Equal("AGRIFRPP882", stored.Bic);
        Assert.Equal(new DateOnly(2026, 11, 25), stored.SignedOn);
        Assert.Equal(TestCreditor.Ics, stored.CreditorIdentifier);
        Assert.True(SepaText.IsValidIdentifier(stored.Rum));
        Assert.StartsWith("PF-261125-", stored.Rum);
        Assert.NotEqual(stored.Rum, other.Value!.Rum);
    }

    [Fact]
    public async Task Each_wrong_field_gets_its_french_message()
    {
        var result = await Service().SignAsync(family, regie, new MandateForm(" ", "", "FR7630006000011234567890188", "AGRI", Accepted: false), default);

        Assert.False(result.Succeeded);
        Assert.Equal("Saisissez le nom du titulaire du compte.", result.Errors[nameof(MandateForm.DebtorName)][0]);
        Assert.Equal("Saisissez l'adresse du titulaire du compte.", result.Errors[nameof(MandateForm.DebtorAddress)][0]);
        Assert.Equal("Cet IBAN n'est pas valable : vérifiez les chiffres.", result.Errors[nameof(MandateForm.Iban)][0]);
        Assert.StartsWith("Un BIC compte 8 ou 11", result.Errors[nameof(MandateForm.Bic)][0]);
        Assert.Equal("Cochez la case pour accepter le mandat de prélèvement.", result.Errors[nameof(MandateForm.Accepted)][0]);
        Assert.Empty(await Service().ListAsync(family, default));
    }

    [Fact]
    public async Task A_second_mandate_for_the_same_regie_waits_for_the_first_to_be_revoked()
    {
        var first = await Service().SignAsync(family, regie, Valid, default);

        var second = await Service().SignAsync(family, regie, Valid, default);
        Assert.False(second.Succeeded);

        Assert.True((await Service().RevokeAsync(family, first.Value!.Id, default)).Succeeded);
        Assert.True((await Service().SignAsync(family, regie, Valid, default)).Succeeded);
    }

    [Fact]
    public async Task A_regie_without_valid_settings_cannot_take_mandates()
    {
        var unconfigured = regie with { Settings = new Platform.PaymentProviders.Abstractions.ProviderSettings(new Dictionary<string, string>()) };

        var result = await Service().SignAsync(family, unconfigured, Valid, default);

        Assert.Equal("Le prélèvement n'est pas encore configuré pour cette régie : contactez votre mairie.", result.Errors[""][0]);
    }

    [Fact]
    public async Task Another_family_neither_sees_nor_revokes_the_mandate()
    {
        var mandate = (await Service().SignAsync(family, regie, Valid, default)).Value!;
        var stranger = Guid.NewGuid();

        Assert.Null(await Service().FindAsync(stranger, mandate.Id, default));
        Assert.Empty(await Service().ListAsync(stranger, default));
        Assert.True((await Service().RevokeAsync(stranger, mandate.Id, default)).IsNotFound);
        Assert.NotNull(await Service().ActiveAsync(family, TestCreditor.Regie, default));
    }

    [Fact]
    public async Task A_revoked_mandate_is_kept_but_no_longer_active()
    {
        var mandate = (await Service().SignAsync(family, regie, Valid, default)).Value!;

        var revoked = await Service().RevokeAsync(family, mandate.Id, default);
        var again = await Service().RevokeAsync(family, mandate.Id, default);

        Assert.Equal(new DateOnly(2026, 11, 25), revoked.Value!.RevokedOn);
        Assert.Equal("Ce mandat n'est plus actif : il n'y a rien à révoquer.", again.Errors[""][0]);
        Assert.Null(await Service().ActiveAsync(family, TestCreditor.Regie, default));
        Assert.Equal(MandateState.Revoked, (await Service().FindAsync(family, mandate.Id, default))!.StateOn(new DateOnly(2026, 11, 25)));
    }

    [Fact]
    public async Task A_mandate_unused_for_36_months_is_no_longer_active()
    {
        await Service().SignAsync(family, regie, Valid, default);

        clock.Now = clock.Now.AddMonths(36).AddDays(-1);
        Assert.NotNull(await Service().ActiveAsync(family, TestCreditor.Regie, default));
        clock.Now = clock.Now.AddDays(1);
        Assert.Null(await Service().ActiveAsync(family, TestCreditor.Regie, default));
    }

    [Fact]
    public async Task The_reference_is_unique_per_creditor_in_the_database()
    {
        using (var db = database.Context())
        {
            db.Mandates.Add(TestCreditor.Mandate("PF-SAME", new DateOnly(2026, 1, 5)));
            await db.SaveChangesAsync();
        }

        using var again = database.Context();
        again.Mandates.Add(TestCreditor.Mandate("PF-SAME", new DateOnly(2026, 1, 6)));
        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    public void Dispose() => database.Dispose();

    private MandateService Service() => new(database.Context(), clock);
}
