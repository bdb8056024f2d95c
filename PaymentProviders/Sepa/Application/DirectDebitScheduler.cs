using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Email;
using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sepa.Data;
using Platform.PaymentProviders.Sepa.Domain;
using Platform.PaymentProviders.Sepa.Settings;

namespace Platform.PaymentProviders.Sepa.Application;

/// <summary>Turns a payment into a debit on the payer's active mandate, due on the first TARGET business day after the
/// pre-notification delay, and sends the pre-notification.</summary>
public sealed class DirectDebitScheduler(SepaDbContext db, MandateService mandates, IEmailSender email, TimeProvider clock)
{
    public Task<PaymentStart> ScheduleAsync(PaymentRequest request, CreditorSettings creditor, CancellationToken cancellationToken) =>
        ScheduleAsync(
            new DebitToSchedule(request.PaymentId, request.RegieId, request.PayerId, request.AmountCents, request.Reference, request.Description, request.PayerEmail),
            creditor,
            cancellationToken);

    /// <summary>Idempotent on <see cref="DebitToSchedule.PaymentId"/>: a debit scheduled again is accepted as it was.</summary>
    public async Task<PaymentStart> ScheduleAsync(DebitToSchedule request, CreditorSettings creditor, CancellationToken cancellationToken)
    {
        var reference = EndToEndId(request.PaymentId);
        if (await db.Collections.AnyAsync(c => c.PaymentId == request.PaymentId, cancellationToken))
        {
            return new PaymentStart.Accepted(reference);
        }

        var today = ParisTime.Today(clock);
        var mandate = await mandates.ActiveAsync(request.FamilyId, request.RegieId, cancellationToken);
        if (mandate is null || mandate.CreditorIdentifier != creditor.Creditor.Identifier.Value || !mandate.TryCollect(today))
        {
            return new PaymentStart.Refused("Pour payer par prélèvement, signez d'abord un mandat de prélèvement SEPA pour cette régie (rubrique « Prélèvement »).");
        }

        var collection = new SepaCollection
        {
            Id = Guid.NewGuid(),
            MandateId = mandate.Id,
            RegieId = request.RegieId,
            FamilyId = request.FamilyId,
            PaymentId = request.PaymentId,
            EndToEndId = reference,
            AmountCents = request.Cents,
            DueDate = TargetCalendar.OnOrAfter(today.AddDays(creditor.PreNotificationDays)),
            SequenceType = mandate.SequenceType,
            RemittanceText = SepaText.Remittance(request.Description.Contains(request.Reference, StringComparison.Ordinal) ? request.Description : $"{request.Reference} {request.Description}"),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Collections.Add(collection);
        await db.SaveChangesAsync(cancellationToken);

        if (!string.IsNullOrWhiteSpace(request.PayerEmail))
        {
            try
            {
                await email.SendAsync(PreNotification.Compose(request.PayerEmail, mandate, collection.AmountCents, collection.DueDate, request.Description), cancellationToken);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // No debit without its pre-notification: the collection goes, the payment fails and may be tried again.
                await db.Collections.Where(c => c.Id == collection.Id).ExecuteDeleteAsync(CancellationToken.None);
                throw;
            }
        }

        return new PaymentStart.Accepted(reference);
    }

    public async Task<PaymentOutcome> StatusAsync(string reference, CancellationToken cancellationToken)
    {
        var collection = await db.Collections.AsNoTracking().FirstOrDefaultAsync(c => c.EndToEndId == reference, cancellationToken);
        return collection is null
            ? new PaymentOutcome(reference, PaymentState.Failed, null, $"sepa:{reference}:unknown")
            : new PaymentOutcome(reference, PaymentState.Processing, collection.AmountCents, $"sepa:{reference}:scheduled");
    }

    /// <summary>The payment id without dashes: 32 characters, within the 35 SEPA allows, and unique.</summary>
    public static string EndToEndId(Guid paymentId) => paymentId.ToString("N").ToUpperInvariant();
}

/// <summary>What a debit takes: a platform payment (an order paid by direct debit) or a debit Billing asks for.</summary>
/// <param name="PaymentId">Unique per debit; its end-to-end id.</param>
public sealed record DebitToSchedule(Guid PaymentId, Guid RegieId, Guid FamilyId, long Cents, string Reference, string Description, string PayerEmail);
