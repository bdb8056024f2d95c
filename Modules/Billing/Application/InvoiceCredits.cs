using Microsoft.EntityFrameworkCore;
using Platform.Core.Billing;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Application;

/// <summary>A refund that can go nowhere else becomes a credit of the régie, set against the family's next invoice.</summary>
public sealed class InvoiceCredits(BillingDbContext db, IPlatformFeatures features, TimeProvider clock) : IInvoiceCredits
{
    public async Task<bool> GrantAsync(string commune, InvoiceCredit credit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(credit.Cents);
        if (!await features.IsModuleEnabledAsync(commune, BillingModule.ModuleId, cancellationToken))
        {
            return false;
        }

        if (await db.Credits.AnyAsync(c => c.Reference == credit.Reference, cancellationToken))
        {
            return true;
        }

        db.Credits.Add(new BillingCredit
        {
            Id = Guid.NewGuid(), FamilyId = credit.FamilyId, RegieId = credit.RegieId, Cents = credit.Cents,
            Reason = credit.Reason.Length <= 190 ? credit.Reason : credit.Reason[..190], Reference = credit.Reference, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Granted at the same moment by another call: the unique reference kept one.
            db.ChangeTracker.Clear();
            return await db.Credits.AnyAsync(c => c.Reference == credit.Reference, cancellationToken);
        }

        return true;
    }
}
