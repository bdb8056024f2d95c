using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Billing;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Data;
using Platform.Modules.Billing.Tariffs;

namespace Platform.Modules.Billing.Absences;

public sealed record AbsenceInput(Guid? ChildId, DateOnly? From, DateOnly? To, byte[]? Certificate);

public sealed record AbsenceView(Guid Id, Guid ChildId, string ChildName, DateOnly From, DateOnly To, bool Certified, DateTime ReportedAtUtc, long CreditedCents);

/// <summary>A service whose rule credits absences, for the parent's page.</summary>
public sealed record AbsenceService(string Name, string Rule);

/// <summary>"Signaler une absence": the parent reports the days a child missed, with a medical certificate when there is
/// one. Each service's rule decides which booked days are credited (with a certificate, without one after the first
/// days); the credits are recorded at once, by régie, and set against the family's next invoice. Only days already
/// past or today can be reported: days to come are cancelled, not reported.</summary>
public sealed class FamilyAbsences(
    BillingDbContext db, IEnumerable<IInvoiceCharges> sources, IFamilyDirectory families, BillingTariffRules tariffs, IPrivateFiles files, TimeProvider clock)
{
    public const int MaxDaysBack = 30;

    /// <summary>Of each credit's reference, followed by the key of the charge it gives back.</summary>
    public const string ReferencePrefix = "absence:";
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public async Task<IReadOnlyList<AbsenceService>> ServicesAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var services = await families.ValidatedServicesAsync(familyId, cancellationToken);
        var rules = await tariffs.AbsenceRulesAsync(services.Select(s => s.Id).ToList(), cancellationToken);
        return services.Where(s => rules.ContainsKey(s.Id)).Select(s => new AbsenceService(s.Name, rules[s.Id].Sentence())).ToList();
    }

    public async Task<IReadOnlyList<AbsenceView>> ListAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var absences = await db.Absences.AsNoTracking().Where(a => a.FamilyId == familyId).OrderByDescending(a => a.From).Take(20).ToListAsync(cancellationToken);
        var children = await families.ChildrenAsync([familyId], cancellationToken);
        return absences.Select(a => View(a, children)).ToList();
    }

    public async Task<AppResult<AbsenceView>> ReportAsync(Guid familyId, AbsenceInput input, CancellationToken cancellationToken)
    {
        var today = ParisTime.Today(clock);
        var children = await families.ChildrenAsync([familyId], cancellationToken);
        var errors = new Errors();
        if (input.ChildId is not { } childId || !children.ContainsKey(childId))
        {
            errors.Add("ChildId", "Choisissez l'enfant absent.");
        }

        if (input.From is not { } from || input.To is not { } to)
        {
            errors.Add("From", "Indiquez le premier et le dernier jour d'absence.");
        }
        else if (to < from)
        {
            errors.Add("To", "Le dernier jour d'absence suit le premier.");
        }
        else if (to > today)
        {
            errors.Add("To", "Signalez les jours déjà passés ou aujourd'hui ; pour les jours à venir, annulez les réservations.");
        }
        else if (from < today.AddDays(-MaxDaysBack))
        {
            errors.Add("From", $"Une absence se signale dans les {MaxDaysBack} jours qui suivent.");
        }

        if (errors.Any)
        {
            return errors;
        }

        if (await db.Absences.AnyAsync(a => a.FamilyId == familyId && a.ChildId == input.ChildId && a.From <= input.To && input.From <= a.To, cancellationToken))
        {
            return AppResult<AbsenceView>.Invalid("From", "Une absence est déjà signalée pour cet enfant sur certains de ces jours.");
        }

        StoredFile? certificate = null;
        if (input.Certificate is { Length: > 0 } content && (certificate = await files.SaveAsync(content, cancellationToken)) is null)
        {
            return AppResult<AbsenceView>.Invalid("Certificate", "Le certificat médical doit être un PDF, une photo JPEG ou PNG de 5 Mo au plus.");
        }

        var absence = new Absence
        {
            Id = Guid.NewGuid(), FamilyId = familyId, ChildId = input.ChildId!.Value, From = input.From!.Value, To = input.To!.Value,
            CertificateFile = certificate?.StoredName, CertificateType = certificate?.ContentType, ReportedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var credits = await CreditsAsync(absence, children[absence.ChildId].FirstName, cancellationToken);
        absence.CreditedCents = credits.Sum(c => c.Cents);
        db.Absences.Add(absence);
        db.Credits.AddRange(credits);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A credit reference already taken: the same days were reported at the same moment.
            db.ChangeTracker.Clear();
            return AppResult<AbsenceView>.Invalid("From", "Une absence est déjà signalée pour cet enfant sur certains de ces jours.");
        }

        return AppResult<AbsenceView>.Ok(View(absence, children));
    }

    /// <summary>The booked days of the absence each service credits, by its rule, at the price they were booked at.</summary>
    private async Task<List<BillingCredit>> CreditsAsync(Absence absence, string childName, CancellationToken cancellationToken)
    {
        var services = await families.ValidatedServicesAsync(absence.FamilyId, cancellationToken);
        var rules = await tariffs.AbsenceRulesAsync(services.Select(s => s.Id).ToList(), cancellationToken);
        var charges = new List<InvoiceCharge>();
        foreach (var regieId in services.Where(s => rules.ContainsKey(s.Id)).Select(s => s.RegieId).Distinct())
        {
            foreach (var source in sources)
            {
                charges.AddRange((await source.ChargesAsync(regieId, absence.From, absence.To.AddDays(1), cancellationToken))
                    .Where(c => c.IsBookedDay && c.FamilyId == absence.FamilyId && c.ChildId == absence.ChildId && rules.ContainsKey(c.ServiceId)));
            }
        }

        var certified = absence.CertificateFile is not null;
        var now = clock.GetUtcNow().UtcDateTime;
        var credits = new List<BillingCredit>();
        foreach (var service in charges.GroupBy(c => c.ServiceId))
        {
            var rule = rules[service.Key];
            if ((certified ? rule.DaysBilledWithCertificate : rule.DaysBilledWithoutCertificate) is not { } billedDays)
            {
                continue;
            }

            var regieId = services.First(s => s.Id == service.Key).RegieId;
            var days = service.GroupBy(c => c.Date).OrderBy(d => d.Key).Skip(billedDays);
            credits.AddRange(days.SelectMany(day => day).Where(c => c.UnitCents * c.Quantity > 0).Select(c => new BillingCredit
            {
                Id = Guid.NewGuid(), RegieId = regieId, FamilyId = absence.FamilyId, Cents = c.UnitCents * c.Quantity, CreatedAtUtc = now,
                Reason = Fit($"absence de {childName} le {c.Date.ToString("dd/MM/yyyy", French)}{(certified ? " (certificat médical)" : "")} : {c.Label}"),
                Reference = ReferencePrefix + c.Key,
            }));
        }

        return credits;
    }

    /// <summary>Room for "Avoir : " on the invoice line.</summary>
    private static string Fit(string reason) => reason.Length <= 190 ? reason : reason[..189] + "…";

    private static AbsenceView View(Absence a, IReadOnlyDictionary<Guid, ChildSummary> children) =>
        new(a.Id, a.ChildId, children.TryGetValue(a.ChildId, out var child) ? child.FirstName : "", a.From, a.To, a.CertificateFile is not null, a.ReportedAtUtc, a.CreditedCents);
}
