using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.PaymentProviders.Sepa.Data;
using Platform.PaymentProviders.Sepa.Domain;
using Platform.PaymentProviders.Sepa.Settings;

namespace Platform.PaymentProviders.Sepa.Application;

/// <summary>A family's mandates: signing, reading, revoking. Every read is scoped to the family, so another family's
/// mandate is simply not found.</summary>
public sealed class MandateService(SepaDbContext db, TimeProvider clock)
{
    private const string RumAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<IReadOnlyList<Mandate>> ListAsync(Guid familyId, CancellationToken cancellationToken) =>
        await db.Mandates.AsNoTracking().Where(m => m.FamilyId == familyId)
            .OrderByDescending(m => m.SignedOn).ThenBy(m => m.Rum).ToListAsync(cancellationToken);

    public Task<Mandate?> FindAsync(Guid familyId, Guid mandateId, CancellationToken cancellationToken) =>
        db.Mandates.AsNoTracking().FirstOrDefaultAsync(m => m.Id == mandateId && m.FamilyId == familyId, cancellationToken);

    /// <summary>The family's mandate that can be debited today for the régie, if any (the latest signed).</summary>
    public async Task<Mandate?> ActiveAsync(Guid familyId, Guid regieId, CancellationToken cancellationToken)
    {
        var today = ParisTime.Today(clock);
        var candidates = await db.Mandates.Where(m => m.FamilyId == familyId && m.RegieId == regieId && m.RevokedOn == null).ToListAsync(cancellationToken);
        return candidates.Where(m => m.StateOn(today) == MandateState.Active).OrderByDescending(m => m.SignedOn).FirstOrDefault();
    }

    public async Task<AppResult<Mandate>> SignAsync(Guid familyId, SepaRegie regie, MandateForm form, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        if (CreditorSettings.Read(regie.Settings, out _) is not { } creditor)
        {
            return AppResult<Mandate>.Invalid("", "Le prélèvement n'est pas encore configuré pour cette régie : contactez votre mairie.");
        }

        errors.Require(nameof(MandateForm.DebtorName), form.DebtorName, "Saisissez le nom du titulaire du compte.", SepaText.NameLength);
        errors.Require(nameof(MandateForm.DebtorAddress), form.DebtorAddress, "Saisissez l'adresse du titulaire du compte.", Mandate.AddressLength);
        var iban = Iban.Parse(form.Iban, out var ibanError);
        if (ibanError is not null)
        {
            errors.Add(nameof(MandateForm.Iban), ibanError);
        }

        var bic = Bic.Parse(form.Bic, out var bicError);
        if (bicError is not null)
        {
            errors.Add(nameof(MandateForm.Bic), bicError);
        }

        if (!form.Accepted)
        {
            errors.Add(nameof(MandateForm.Accepted), "Cochez la case pour accepter le mandat de prélèvement.");
        }

        if (await ActiveAsync(familyId, regie.RegieId, cancellationToken) is not null)
        {
            errors.Add("", "Vous avez déjà un mandat actif pour cette régie : révoquez-le avant d'en signer un nouveau.");
        }

        if (errors.Any)
        {
            return errors;
        }

        var signature = new MandateSignature(regie.RegieId, familyId, creditor.Creditor, form.DebtorName!.Trim(), form.DebtorAddress!.Trim(), iban!, bic, MandateKind.Recurrent);
        var mandate = Mandate.Sign(signature, await NewRumAsync(regie.RegieId, cancellationToken), ParisTime.Today(clock));
        db.Mandates.Add(mandate);
        await db.SaveChangesAsync(cancellationToken);
        return AppResult<Mandate>.Ok(mandate);
    }

    public async Task<AppResult<Mandate>> RevokeAsync(Guid familyId, Guid mandateId, CancellationToken cancellationToken)
    {
        var mandate = await db.Mandates.FirstOrDefaultAsync(m => m.Id == mandateId && m.FamilyId == familyId, cancellationToken);
        if (mandate is null)
        {
            return AppResult<Mandate>.NotFound();
        }

        if (!mandate.TryRevoke(ParisTime.Today(clock)))
        {
            return AppResult<Mandate>.Invalid("", "Ce mandat n'est plus actif : il n'y a rien à révoquer.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return AppResult<Mandate>.Ok(mandate);
    }

    /// <summary>"PF-yyMMdd-" and ten unambiguous random characters, unique for the creditor.</summary>
    private async Task<string> NewRumAsync(Guid regieId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var rum = $"PF-{ParisTime.Today(clock):yyMMdd}-{RandomNumberGenerator.GetString(RumAlphabet, 10)}";
            if (!await db.Mandates.AnyAsync(m => m.RegieId == regieId && m.Rum == rum, cancellationToken))
            {
                return rum;
            }
        }
    }
}
