using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Core.Application;
using Platform.Core.Billing;
using Platform.Core.Email;
using Platform.Core.Tenancy;
using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sepa.Data;
using Platform.PaymentProviders.Sepa.Domain;
using Platform.PaymentProviders.Sepa.Files;
using Platform.PaymentProviders.Sepa.Settings;

namespace Platform.PaymentProviders.Sepa.Application;

public sealed record CollectionRow(string EndToEndId, Guid FamilyId, long Cents, DateOnly DueDate, string Remittance, string? File, DateOnly? ReturnedOn, string? ReturnReason);

public sealed record RegieCollections(RegieSummary Regie, IReadOnlyList<CollectionRow> ToExport, IReadOnlyList<CollectionRow> Exported)
{
    public long ToExportCents => ToExport.Sum(c => c.Cents);
}

/// <summary>The régie's side of direct debits: the pain.008 file of the debits not yet sent to the bank, and the
/// rejects and returns the bank reports (R-transactions), passed on to whoever asked for the debit. For an agent whose
/// communes are all the régie's (the file holds every family of the régie), or an administrator.</summary>
public sealed class CollectionFiles(
    SepaDbContext db, Pain008Writer writer, IRegieDirectory regies, IRegiePaymentSettings settings, IEnumerable<IDirectDebitOutcomes> outcomes,
    IFamilyDirectory families, IEmailSender email, TimeProvider clock, ILogger<CollectionFiles> logger)
{
    public async Task<IReadOnlyList<RegieSummary>> ForAgentAsync(ClaimsPrincipal agent, CancellationToken cancellationToken)
    {
        var mine = new List<RegieSummary>();
        foreach (var regie in await regies.ForAgentAsync(agent, cancellationToken))
        {
            if (await regies.FindAsync(regie.Id, cancellationToken) is { } whole && whole.Communes.All(regie.Communes.Contains)
                && await settings.ForAsync(SepaPaymentProvider.ProviderId, regie.Id, cancellationToken) is not null)
            {
                mine.Add(regie);
            }
        }

        return mine;
    }

    public async Task<AppResult<RegieCollections>> ListAsync(ClaimsPrincipal agent, Guid regieId, CancellationToken cancellationToken)
    {
        if ((await ForAgentAsync(agent, cancellationToken)).FirstOrDefault(r => r.Id == regieId) is not { } regie)
        {
            return AppResult<RegieCollections>.NotFound();
        }

        var rows = await db.Collections.AsNoTracking().Where(c => c.RegieId == regieId).OrderBy(c => c.DueDate).ThenBy(c => c.CreatedAtUtc)
            .Select(c => new CollectionRow(c.EndToEndId, c.FamilyId, c.AmountCents, c.DueDate, c.RemittanceText, c.FileMessageId, c.ReturnedOn, c.ReturnReason))
            .ToListAsync(cancellationToken);
        return AppResult<RegieCollections>.Ok(new RegieCollections(
            regie, rows.Where(r => r.File is null && r.ReturnedOn is null).ToList(), rows.Where(r => r.File is not null).OrderByDescending(r => r.DueDate).Take(200).ToList()));
    }

    /// <summary>The file of every debit not yet sent; each goes in one file only (a download at the same moment in
    /// another window gets the debits the first did not take).</summary>
    public async Task<AppResult<SepaFile>> ExportAsync(ClaimsPrincipal agent, Guid regieId, CancellationToken cancellationToken)
    {
        if ((await ForAgentAsync(agent, cancellationToken)).All(r => r.Id != regieId))
        {
            return AppResult<SepaFile>.NotFound();
        }

        if (CreditorSettings.Read(new ProviderSettings((await settings.ForAsync(SepaPaymentProvider.ProviderId, regieId, cancellationToken))!), out var problems) is not { } creditor)
        {
            return AppResult<SepaFile>.Invalid("Regie", $"Les réglages SEPA de la régie sont incomplets : {string.Join(" ", problems)}");
        }

        await SetAsideUnpresentableAsync(regieId, creditor, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var pending = await db.Collections.AsNoTracking().Where(c => c.RegieId == regieId && c.FileMessageId == null && c.ReturnedOn == null).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return AppResult<SepaFile>.Invalid("Regie", "Aucun prélèvement à envoyer à la banque : ils sont tous dans un fichier déjà téléchargé.");
        }

        var mandateIds = pending.Select(c => c.MandateId).Distinct().ToList();
        var mandates = await db.Mandates.AsNoTracking().Where(m => mandateIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var file = writer.Write(creditor, pending.Select(c => new DirectDebitCollection(mandates[c.MandateId], c.AmountCents, c.DueDate, c.EndToEndId, c.RemittanceText)).ToList());
        if (file.File is not { } sepaFile)
        {
            return AppResult<SepaFile>.Invalid("Regie", file.Error!);
        }

        var ids = pending.Select(c => c.Id).ToList();
        var taken = await db.Collections.Where(c => ids.Contains(c.Id) && c.FileMessageId == null && c.ReturnedOn == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.FileMessageId, sepaFile.MessageId), cancellationToken);
        if (taken != ids.Count)
        {
            return AppResult<SepaFile>.Invalid("Regie", "Un autre agent vient de télécharger ces prélèvements : rechargez la page.");
        }

        await transaction.CommitAsync(cancellationToken);
        return AppResult<SepaFile>.Ok(sepaFile);
    }

    /// <summary>Records a reject or return the bank reported for a debit of the régie, and tells who asked for it.</summary>
    public async Task<AppResult<CollectionRow>> ReturnAsync(ClaimsPrincipal agent, Guid regieId, string? endToEndId, string? reasonCode, CancellationToken cancellationToken)
    {
        if ((await ForAgentAsync(agent, cancellationToken)).All(r => r.Id != regieId))
        {
            return AppResult<CollectionRow>.NotFound();
        }

        var errors = new Errors();
        var collection = await db.Collections.AsNoTracking().FirstOrDefaultAsync(c => c.RegieId == regieId && c.EndToEndId == (endToEndId ?? "").Trim().ToUpperInvariant(), cancellationToken);
        if (collection is null)
        {
            errors.Add("EndToEndId", "Aucun prélèvement de la régie n'a cette référence de bout en bout.");
        }

        if (reasonCode is null || !ReturnReasons.All.ContainsKey(reasonCode))
        {
            errors.Add("ReasonCode", "Choisissez le motif du rejet indiqué par la banque.");
        }

        if (errors.Any)
        {
            return errors;
        }

        await ReturnAsync(collection!, reasonCode!, cancellationToken);
        var saved = await db.Collections.AsNoTracking().SingleAsync(c => c.Id == collection!.Id, cancellationToken);
        return AppResult<CollectionRow>.Ok(new CollectionRow(
            saved.EndToEndId, saved.FamilyId, saved.AmountCents, saved.DueDate, saved.RemittanceText, saved.FileMessageId, saved.ReturnedOn, saved.ReturnReason));
    }

    /// <summary>Whoever asked for the debit is told first (idempotent), then the debit is marked: a stop in between
    /// leaves it open for the agent to enter again.</summary>
    private async Task ReturnAsync(SepaCollection collection, string reasonCode, CancellationToken cancellationToken)
    {
        var today = ParisTime.Today(clock);
        foreach (var outcome in outcomes)
        {
            await outcome.ReturnedAsync(collection.PaymentId, reasonCode, ReturnReasons.All[reasonCode], today, cancellationToken);
        }

        await db.Collections.Where(c => c.Id == collection.Id && c.ReturnedOn == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ReturnedOn, today).SetProperty(c => c.ReturnReason, reasonCode), cancellationToken);
    }

    /// <summary>Before a file is made: a debit whose mandate was revoked or lapsed since it was scheduled is given back
    /// as "no mandate" (MD01); one whose due date is now too close moves to the first date allowed, and the family is
    /// told the new date.</summary>
    private async Task SetAsideUnpresentableAsync(Guid regieId, CreditorSettings creditor, CancellationToken cancellationToken)
    {
        var today = ParisTime.Today(clock);
        var earliest = TargetCalendar.OnOrAfter(today.AddDays(creditor.PreNotificationDays));
        var pending = await db.Collections.AsNoTracking().Where(c => c.RegieId == regieId && c.FileMessageId == null && c.ReturnedOn == null).ToListAsync(cancellationToken);
        var mandateIds = pending.Select(c => c.MandateId).Distinct().ToList();
        var mandates = await db.Mandates.AsNoTracking().Where(m => mandateIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        foreach (var collection in pending)
        {
            var mandate = mandates[collection.MandateId];
            if (mandate.RevokedOn is not null || mandate.StateOn(today) == MandateState.Lapsed)
            {
                await ReturnAsync(collection, "MD01", cancellationToken);
            }
            else if (collection.DueDate < earliest)
            {
                await db.Collections.Where(c => c.Id == collection.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.DueDate, earliest), cancellationToken);
                try
                {
                    foreach (var adult in (await families.FindAsync(collection.FamilyId, cancellationToken))?.AdultEmails ?? [])
                    {
                        await email.SendAsync(PreNotification.Compose(adult, mandate, collection.AmountCents, earliest, collection.RemittanceText), cancellationToken);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Direct debit {EndToEndId}: the family could not be told its new date {DueDate}.", collection.EndToEndId, earliest);
                }
            }
        }
    }
}

/// <summary>The ISO reason codes of SEPA rejects and returns a régie meets most, as the bank's statement words them.</summary>
public static class ReturnReasons
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AM04"] = "Provision insuffisante",
        ["AC04"] = "Compte clôturé",
        ["AC01"] = "Numéro de compte (IBAN) incorrect",
        ["AC06"] = "Compte bloqué",
        ["AG01"] = "Compte n'acceptant pas le prélèvement",
        ["MD01"] = "Pas de mandat",
        ["MD06"] = "Remboursement demandé par le débiteur",
        ["MS02"] = "Refus du débiteur",
        ["MS03"] = "Raison non communiquée",
        ["SL01"] = "Service spécifique de la banque du débiteur",
    };
}
