using Microsoft.EntityFrameworkCore;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Application;

public enum PaymentRecorded
{
    Done,

    /// <summary>A payment with this reference was already recorded: nothing changed.</summary>
    AlreadyDone,

    NotFound,

    /// <summary>What had to be written with it could not be (a limit reached meanwhile): nothing changed.</summary>
    Refused,
}

/// <summary>Money received for an invoice: recorded once per reference, with what it paid and, in the same
/// transaction, what exceeded the amount due as a credit on the family's next invoice at that régie.</summary>
public sealed class InvoicePayments(BillingDbContext db, TimeProvider clock)
{
    /// <summary>Calls recording the same reference at the same moment meet a few times at most; beyond, it is no race.</summary>
    private const int MaxAttempts = 5;

    /// <param name="alongside">Writes what explains the payment (a credit note, a debit collected) in its transaction;
    /// false when it could not, and then nothing is written.</param>
    public async Task<PaymentRecorded> RecordAsync(
        Guid invoiceId, string channel, long cents, string reference, CancellationToken cancellationToken, Func<Invoice, Task<bool>>? alongside = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cents);
        for (var attempt = 1; ; attempt++)
        {
            if (await db.Payments.AnyAsync(p => p.Reference == reference, cancellationToken))
            {
                return PaymentRecorded.AlreadyDone;
            }

            var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken);
            if (invoice is null)
            {
                return PaymentRecorded.NotFound;
            }

            var applied = Math.Min(cents, invoice.TotalCents - invoice.PaidCents);
            var now = clock.GetUtcNow().UtcDateTime;
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (alongside is not null && !await alongside(invoice))
                {
                    return PaymentRecorded.Refused;
                }

                db.Payments.Add(new InvoicePayment
                {
                    Id = Guid.NewGuid(), InvoiceId = invoice.Id, FamilyId = invoice.FamilyId, RegieId = invoice.RegieId, Channel = channel, Cents = cents,
                    Reference = reference, ReceivedAtUtc = now,
                });
                if (cents > applied)
                {
                    db.Credits.Add(new BillingCredit
                    {
                        Id = Guid.NewGuid(), RegieId = invoice.RegieId, FamilyId = invoice.FamilyId, Cents = cents - applied,
                        Reason = $"trop-perçu sur la facture {invoice.Number}", Reference = $"excess:{reference}", CreatedAtUtc = now,
                    });
                }

                await db.SaveChangesAsync(cancellationToken);

                // Conditional on what was read: a payment recorded meanwhile makes this one start again.
                var moved = applied == 0 || await db.Invoices.Where(i => i.Id == invoice.Id && i.PaidCents == invoice.PaidCents)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.PaidCents, i => i.PaidCents + applied), cancellationToken) == 1;
                if (moved)
                {
                    await transaction.CommitAsync(cancellationToken);
                    return PaymentRecorded.Done;
                }
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Recorded meanwhile by another call with the same reference: the next turn says so.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Takes back a payment the bank returned (a direct debit rejected after it was collected), recorded once per
    /// <paramref name="reference"/> as a negative payment, in one transaction with what <paramref name="alongside"/>
    /// writes: first from the credit its excess became (<paramref name="paidReference"/>) while unused, then from what
    /// it paid on the invoice, which owes it again.</summary>
    public async Task<PaymentRecorded> ReverseAsync(
        Guid invoiceId, long cents, string paidReference, string reference, CancellationToken cancellationToken, Func<Task<bool>>? alongside = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await db.Payments.AnyAsync(p => p.Reference == reference, cancellationToken))
            {
                return PaymentRecorded.AlreadyDone;
            }

            var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken);
            if (invoice is null)
            {
                return PaymentRecorded.NotFound;
            }

            var excess = await db.Credits.AsNoTracking().SingleOrDefaultAsync(c => c.Reference == $"excess:{paidReference}" && c.UsedByInvoiceId == null, cancellationToken);
            var fromCredit = Math.Min(cents, excess?.Cents ?? 0);
            var reversed = Math.Min(cents - fromCredit, invoice.PaidCents);
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (alongside is not null && !await alongside())
                {
                    return PaymentRecorded.Refused;
                }

                if (fromCredit > 0 && await db.Credits.Where(c => c.Id == excess!.Id && c.UsedByInvoiceId == null).ExecuteDeleteAsync(cancellationToken) == 0)
                {
                    continue; // set against an invoice meanwhile: read again
                }

                db.Payments.Add(new InvoicePayment
                {
                    Id = Guid.NewGuid(), InvoiceId = invoice.Id, FamilyId = invoice.FamilyId, RegieId = invoice.RegieId, Channel = PaymentChannels.Returned,
                    Cents = -(reversed + fromCredit), Reference = reference, ReceivedAtUtc = clock.GetUtcNow().UtcDateTime,
                });
                await db.SaveChangesAsync(cancellationToken);
                if (await db.Invoices.Where(i => i.Id == invoice.Id && i.PaidCents == invoice.PaidCents)
                        .ExecuteUpdateAsync(s => s.SetProperty(i => i.PaidCents, i => i.PaidCents - reversed), cancellationToken) == 1)
                {
                    await transaction.CommitAsync(cancellationToken);
                    return PaymentRecorded.Done;
                }
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Recorded meanwhile by another call with the same reference: the next turn says so.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
