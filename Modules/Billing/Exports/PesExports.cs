using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Billing;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Application;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Exports;

/// <param name="TresorCollectsDebits">The Trésor debits the families with a mandate (debit data in the PES file) instead
/// of the régie's own bank file.</param>
public sealed record PesSettingsInput(
    string? IdPost, string? IdColl, string? CodCol, string? CodBud, string? LibelleColBud, string? CodProdLoc, string? Nature, bool TresorCollectsDebits = false);

/// <summary>A régie's month for the public accountant: one ORMC rôle of its invoices with their PDFs, and, for a régie
/// whose debits the Trésor collects, the debit of each family with a mandate. For an
/// agent acting for every commune of the régie (the file holds all its families), or an administrator.</summary>
public sealed partial class PesExports(
    BillingDbContext db, RegieInvoices agents, IRegieDirectory regies, IFamilyDirectory families, IEnumerable<IDirectDebits> plugins, InvoiceDocuments documents,
    TimeProvider clock)
{
    public async Task<AppResult<InvoiceFile>> ExportAsync(ClaimsPrincipal agent, Guid regieId, string? month, CancellationToken cancellationToken)
    {
        if (await agents.FindAsync(agent, regieId, cancellationToken) is not { } regie
            || await regies.FindAsync(regieId, cancellationToken) is not { } whole || !whole.Communes.All(regie.Communes.Contains))
        {
            return AppResult<InvoiceFile>.NotFound();
        }

        if (!ParisTime.TryParseMonth(month, out var period))
        {
            return AppResult<InvoiceFile>.Invalid("Month", "Indiquez le mois au format AAAA-MM (2027-05).");
        }

        if (await db.PesSettings.AsNoTracking().SingleOrDefaultAsync(s => s.RegieId == regieId, cancellationToken) is not { } codes)
        {
            return AppResult<InvoiceFile>.Invalid("Regie", "Saisissez d'abord les codes de la régie pour le Trésor public (codique du poste comptable, SIRET, codes collectivité et budget).");
        }

        var invoices = await db.Invoices.AsNoTracking().Include(i => i.Lines)
            .Where(i => i.RegieId == regieId && i.Period == period && i.Kind == InvoiceKind.Invoice && i.TotalCents > 0)
            .OrderBy(i => i.Year).ThenBy(i => i.Sequence).ToListAsync(cancellationToken);
        if (invoices.Count == 0)
        {
            return AppResult<InvoiceFile>.Invalid("Month", $"Aucune facture de {FrenchMonths.Name(period)} à transmettre au Trésor public.");
        }

        var payers = await families.PayersAsync(invoices.Select(i => i.FamilyId).Distinct().ToList(), cancellationToken);
        var incomplete = invoices.Where(i => !payers.TryGetValue(i.FamilyId, out var p) || p.AddressLine.Length == 0 || p.City.Length == 0).Select(i => i.Number).ToList();
        if (incomplete.Count > 0)
        {
            return AppResult<InvoiceFile>.Invalid("Families", $"L'adresse du payeur manque pour les factures {string.Join(", ", incomplete)} : complétez-la avant l'envoi.");
        }

        var debits = codes.TresorCollectsDebits ? await TresorDebitsAsync(regieId, invoices, cancellationToken) : [];
        var role = await RoleAsync(regieId, invoices[0].Year, period, cancellationToken);
        var titles = new List<PesTitle>();
        foreach (var (invoice, index) in invoices.Select((i, n) => (i, n)))
        {
            titles.Add(new PesTitle(index + 1, invoice.Number, invoice.TotalCents, payers[invoice.FamilyId], invoice.FamilyId.ToString("N")[..12].ToUpperInvariant(),
                debits.GetValueOrDefault(invoice.Id), (await documents.RenderAsync(invoice, cancellationToken)).Content));
        }

        var fileName = $"ORMC_{role.Exer}_{role.IdBord:D6}.xml";
        var bordereau = new PesBordereau(role.Exer, role.IdBord, ParisTime.Today(clock), period, whole.CollectiviteName, titles);
        var settings = new PesSettings(codes.IdPost, codes.IdColl, codes.CodCol, codes.CodBud, codes.LibelleColBud, codes.CodProdLoc, codes.Nature);
        return AppResult<InvoiceFile>.Ok(new InvoiceFile(fileName, PesOrmcWriter.Write(settings, bordereau, fileName)));
    }

    public async Task<AppResult<PesSettingsInput>> SaveSettingsAsync(Guid regieId, PesSettingsInput input, CancellationToken cancellationToken)
    {
        if (await regies.FindAsync(regieId, cancellationToken) is null)
        {
            return AppResult<PesSettingsInput>.NotFound();
        }

        var errors = new Errors();
        Check(errors, nameof(input.IdPost), input.IdPost, IdPostShape(), "Le codique du poste comptable a 6 ou 7 chiffres (ou 02A/02B suivi de 3 ou 4 chiffres).");
        Check(errors, nameof(input.IdColl), input.IdColl, SiretShape(), "Le SIRET de la collectivité a 14 chiffres.");
        Check(errors, nameof(input.CodCol), input.CodCol, CodColShape(), "Le code collectivité a 3 chiffres.");
        Check(errors, nameof(input.CodBud), input.CodBud, CodBudShape(), "Le code budget a 2 caractères : une lettre ou un chiffre, puis un chiffre.");
        Check(errors, nameof(input.CodProdLoc), input.CodProdLoc, CodProdLocShape(), "Le code produit local a 1 à 4 lettres ou chiffres.");
        Check(errors, nameof(input.Nature), input.Nature, NatureShape(), "La nature comptable a 1 à 12 chiffres (588 pour les titres ORMC).");
        errors.Require(nameof(input.LibelleColBud), input.LibelleColBud, "Indiquez le nom du budget.", 38);
        if (errors.Any)
        {
            return errors;
        }

        var saved = await db.PesSettings.SingleOrDefaultAsync(s => s.RegieId == regieId, cancellationToken);
        if (saved is null)
        {
            saved = new RegiePesSettings { RegieId = regieId, IdPost = "", IdColl = "", CodCol = "", CodBud = "", LibelleColBud = "", CodProdLoc = "", Nature = "" };
            db.PesSettings.Add(saved);
        }

        (saved.IdPost, saved.IdColl, saved.CodCol, saved.CodBud) = (input.IdPost!.Trim(), input.IdColl!.Trim(), input.CodCol!.Trim(), input.CodBud!.Trim().ToUpperInvariant());
        (saved.LibelleColBud, saved.CodProdLoc, saved.Nature) = (PesOrmcWriter.Text(input.LibelleColBud!, 38), input.CodProdLoc!.Trim().ToUpperInvariant(), input.Nature!.Trim());
        saved.TresorCollectsDebits = input.TresorCollectsDebits;
        await db.SaveChangesAsync(cancellationToken);
        return AppResult<PesSettingsInput>.Ok(new PesSettingsInput(
            saved.IdPost, saved.IdColl, saved.CodCol, saved.CodBud, saved.LibelleColBud, saved.CodProdLoc, saved.Nature, saved.TresorCollectsDebits));
    }

    /// <summary>The debits the Trésor collects, for a régie that leaves them to it: what is still due on the invoices of
    /// families with an active mandate (none the portal debited before the régie changed its choice).</summary>
    private async Task<Dictionary<Guid, PesDebit>> TresorDebitsAsync(Guid regieId, IReadOnlyList<Invoice> invoices, CancellationToken cancellationToken)
    {
        var debited = (await db.Debits.Where(d => d.RegieId == regieId && (d.State == InvoiceDebitState.Scheduled || d.State == InvoiceDebitState.Collected))
            .Select(d => d.InvoiceId).ToListAsync(cancellationToken)).ToHashSet();
        var due = invoices.Where(i => i.PaidCents < i.TotalCents && !debited.Contains(i.Id)).ToList();
        if (plugins.FirstOrDefault() is not { } plugin || due.Count == 0)
        {
            return [];
        }

        var mandates = await plugin.MandatesAsync(regieId, due.Select(i => i.FamilyId).Distinct().ToList(), cancellationToken);
        return due.Where(i => mandates.ContainsKey(i.FamilyId))
            .ToDictionary(i => i.Id, i => new PesDebit(mandates[i.FamilyId], i.DueOn, i.TotalCents - i.PaidCents));
    }

    /// <summary>The month's rôle number: the one it was given, else the year's next (a concurrent export taking the same
    /// number fails on the key and reads again).</summary>
    private async Task<PesRole> RoleAsync(Guid regieId, int exer, DateOnly period, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await db.PesRoles.AsNoTracking().SingleOrDefaultAsync(r => r.RegieId == regieId && r.Period == period, cancellationToken) is { } known)
            {
                return known;
            }

            var next = (await db.PesRoles.Where(r => r.RegieId == regieId && r.Exer == exer).MaxAsync(r => (int?)r.IdBord, cancellationToken) ?? 0) + 1;
            var role = new PesRole { RegieId = regieId, Exer = exer, IdBord = next, Period = period, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            db.PesRoles.Add(role);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return role;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static void Check(Errors errors, string field, string? value, Regex shape, string message)
    {
        if (value is null || !shape.IsMatch(value.Trim()))
        {
            errors.Add(field, message);
        }
    }

    [GeneratedRegex("^(02[AB][0-9]{3,4}|[0-9]{6,7})$")]
    private static partial Regex IdPostShape();

    [GeneratedRegex("^[0-9]{14}$")]
    private static partial Regex SiretShape();

    [GeneratedRegex("^[0-9]{3}$")]
    private static partial Regex CodColShape();

    [GeneratedRegex("^[0-9A-Za-z][0-9]$")]
    private static partial Regex CodBudShape();

    [GeneratedRegex("^[0-9A-Za-z]{1,4}$")]
    private static partial Regex CodProdLocShape();

    [GeneratedRegex("^[0-9]{1,12}$")]
    private static partial Regex NatureShape();
}
