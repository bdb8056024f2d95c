using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sepa.Application;
using Platform.PaymentProviders.Sepa.Domain;
using Xunit;

namespace Platform.PaymentProviders.Sepa.Tests;

/// <summary>A payment on a mandate: the pending collection, its due date, its pre-notification, and the 36-month rule.</summary>
public sealed class DirectDebitSchedulerTests : IDisposable
{
    private readonly SepaDatabase database = new();
    private readonly FixedClock clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingEmailSender email = new();
    private readonly Guid family = Guid.NewGuid();

    [Fact]
    public async Task A_payment_on_an_active_mandate_is_scheduled_after_the_pre_notification_delay()
    {
        var mandate = await SignAsync();
        var request = Request(3040);

        var start = await Provider().StartAsync(request, TestCreditor.Settings(), default);

        var accepted = Assert.IsType<PaymentStart.Accepted>(start);
        using var db = database.Context();
        var collection = await db.Collections.SingleAsync();
        Assert.Equal(accepted.ProviderReference, collection.EndToEndId);
        Assert.Equal(request.PaymentId, collection.PaymentId);
        Assert.Equal(mandate.Id, collection.MandateId);
        Assert.Equal(3040, collection.AmountCents);
        Assert.Equal(new DateOnly(2026, 12, 9), collection.DueDate);
        Assert.Equal(SequenceType.RCUR, collection.SequenceType);
        Assert.Equal("CMD-0042 Facture de novembre cantine de Lea", collection.RemittanceText);
        Assert.Equal(new DateOnly(2026, 11, 25), (await db.Mandates.SingleAsync()).LastCollectedOn);
    }

    [Fact]
    public async Task The_due_date_skips_target_closing_days()
    {
        await SignAsync();
        clock.Now = new DateTimeOffset(2026, 12, 11, 9, 0, 0, TimeSpan.Zero);

        await Provider().StartAsync(Request(500), TestCreditor.Settings(), default);

        using var db = database.Context();
        Assert.Equal(new DateOnly(2026, 12, 28), (await db.Collections.SingleAsync()).DueDate);
    }

    [Fact]
    public async Task The_parent_receives_the_pre_notification()
    {
        var mandate = await SignAsync();

        await Provider().StartAsync(Request(3040), TestCreditor.Settings(), default);

        var message = Assert.Single(email.Sent);
        Assert.Equal("parent@example.org", message.To);
        Assert.Equal($"Prélèvement de {Euros.Format(3040)} le 09/12/2026", message.Subject);
        Assert.Contains($"prélèvera {Euros.Format(3040)} sur le compte FR76 •••• •••• 0189 le mercredi 9 décembre 2026", message.TextBody);
        Assert.Contains($"Référence unique du mandat (RUM) : {mandate.Rum}", message.TextBody);
        Assert.Contains($"Identifiant créancier SEPA (ICS) : {TestCreditor.Ics}", message.TextBody);
        Assert.Contains("Objet : Facture de novembre – cantine de Léa", message.TextBody);
    }

    [Fact]
    public async Task Starting_the_same_payment_twice_schedules_it_once()
    {
        await SignAsync();
        var request = Request(1000);

        var first = await Provider().StartAsync(request, TestCreditor.Settings(), default);
        var second = await Provider().StartAsync(request, TestCreditor.Settings(), default);

        Assert.Equal(first, second);
        using var db = database.Context();
        Assert.Equal(1, await db.Collections.CountAsync());
        Assert.Single(email.Sent);
    }

    [Fact]
    public async Task Without_a_mandate_the_payment_is_refused_in_french()
    {
        var start = await Provider().StartAsync(Request(1000), TestCreditor.Settings(), default);

        var refused = Assert.IsType<PaymentStart.Refused>(start);
        Assert.Contains("signez d'abord un mandat de prélèvement", refused.Message);
        Assert.Empty(email.Sent);
    }

    [Fact]
    public async Task A_revoked_mandate_takes_no_payment()
    {
        var mandate = await SignAsync();
        await Mandates().RevokeAsync(family, mandate.Id, default);

        Assert.IsType<PaymentStart.Refused>(await Provider().StartAsync(Request(1000), TestCreditor.Settings(), default));
    }

    [Fact]
    public async Task A_lapsed_mandate_takes_no_payment_but_each_use_restarts_its_36_months()
    {
        await SignAsync();
        clock.Now = clock.Now.AddMonths(30);
        Assert.IsType<PaymentStart.Accepted>(await Provider().StartAsync(Request(1000), TestCreditor.Settings(), default));

        clock.Now = clock.Now.AddMonths(35);
        Assert.IsType<PaymentStart.Accepted>(await Provider().StartAsync(Request(1000), TestCreditor.Settings(), default));

        clock.Now = clock.Now.AddMonths(36);
        Assert.IsType<PaymentStart.Refused>(await Provider().StartAsync(Request(1000), TestCreditor.Settings(), default));
    }

    [Fact]
    public async Task A_regie_with_incomplete_settings_refuses_in_french()
    {
        await SignAsync();

        var start = await Provider().StartAsync(Request(1000), ProviderSettings.None, default);

        Assert.Equal("Le prélèvement n'est pas encore configuré pour cette régie : choisissez un autre moyen de paiement.", Assert.IsType<PaymentStart.Refused>(start).Message);
    }

    [Fact]
    public async Task Status_is_processing_while_scheduled_and_refunds_are_bank_operations()
    {
        await SignAsync();
        var accepted = (PaymentStart.Accepted)await Provider().StartAsync(Request(1000), TestCreditor.Settings(), default);

        var status = await Provider().GetStatusAsync(accepted.ProviderReference, TestCreditor.Settings(), default);
        var unknown = await Provider().GetStatusAsync("UNKNOWN", TestCreditor.Settings(), default);
        var refund = await Provider().RefundAsync(new RefundRequest(Guid.NewGuid(), family, accepted.ProviderReference, 1000, "r1", "Annulation"), TestCreditor.Settings(), default);

        Assert.Equal(new PaymentOutcome(accepted.ProviderReference, PaymentState.Processing, 1000, $"sepa:{accepted.ProviderReference}:scheduled"), status);
        Assert.Equal(PaymentState.Failed, unknown.State);
        Assert.False(refund.Succeeded);
        Assert.Contains("ne se rembourse pas en ligne", refund.Message);
    }

    public void Dispose() => database.Dispose();

    private PaymentRequest Request(long cents)
    {
        var payment = Guid.NewGuid();
        return new PaymentRequest(
            payment, "baneins", TestCreditor.Regie, family, cents, "EUR", "CMD-0042", "Facture de novembre – cantine de Léa", "parent@example.org",
            [new PaymentPortion(Guid.NewGuid(), cents)], new Uri("http://127.0.0.1/retour"), new Uri("http://127.0.0.1/notification"), $"payment:{payment}", clock.GetUtcNow().AddHours(1));
    }

    private async Task<Mandate> SignAsync()
    {
        var form = new MandateForm("Hélène Dupré", "12 rue des Étangs, 01400 Châtillon", "FR7630006000011234567890189", null, Accepted: true);
        var result = await Mandates().SignAsync(family, new SepaRegie(TestCreditor.Regie, "Régie cantine", TestCreditor.Settings()), form, default);
        return result.Value!;
    }

    [Fact]
    public async Task Without_its_pre_notification_no_debit_is_kept()
    {
        await SignAsync();
        var db = database.Context();
        var provider = new SepaPaymentProvider(new DirectDebitScheduler(db, new MandateService(db, clock), new UnreachableMailServer(), clock));

        await Assert.ThrowsAsync<IOException>(() => provider.StartAsync(Request(3040), TestCreditor.Settings(), default));

        using var check = database.Context();
        Assert.Empty(await check.Collections.ToListAsync());
    }

    private MandateService Mandates() => new(database.Context(), clock);

    private IPaymentProvider Provider()
    {
        var db = database.Context();
        return new SepaPaymentProvider(new DirectDebitScheduler(db, new MandateService(db, clock), email, clock));
    }
}
