using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Tariffs;

/// <summary>How many booked days of an absence stay billed before the others are credited, with a medical certificate
/// and without one (null: never credited without).</summary>
public sealed record AbsenceRule(int DaysBilledWithCertificate, int? DaysBilledWithoutCertificate)
{
    public static AbsenceRule? Of(TariffRule? rule) =>
        rule?.AbsenceDaysBilledWithCertificate is { } withCertificate ? new AbsenceRule(withCertificate, rule.AbsenceDaysBilledWithoutCertificate) : null;

    /// <summary>The rule as a parent reads it.</summary>
    public string Sentence()
    {
        var with = DaysBilledWithCertificate == 0 ? "tous les jours réservés sont remboursés" : $"les {Days(DaysBilledWithCertificate)} restent facturés, les suivants sont remboursés";
        var without = DaysBilledWithoutCertificate switch
        {
            null => "rien n'est remboursé",
            0 => "tous les jours réservés sont remboursés",
            var days => $"les {Days(days.Value)} restent facturés, les suivants sont remboursés",
        };
        return $"Avec un certificat médical, {with} ; sans certificat, {without}.";
    }

    private static string Days(int days) => days == 1 ? "premier jour" : $"{days} premiers jours";
}

/// <param name="Absences">Null when the service credits no absence.</param>
public sealed record TariffRulesInput(IReadOnlyList<QuotientBracket>? Brackets, IReadOnlyList<SiblingDiscount>? Siblings, AbsenceRule? Absences = null);

public sealed record TariffRulesView(Guid ServiceId, IReadOnlyList<QuotientBracket> Brackets, IReadOnlyList<SiblingDiscount> Siblings, AbsenceRule? Absences);

/// <summary>The quotient familial brackets and sibling discounts of each service, set by the agents of its commune, and
/// the prices of every module adjusted by them (<see cref="ITariffRules"/>).</summary>
public sealed class BillingTariffRules(BillingDbContext db, IFamilyDirectory families, TimeProvider clock) : ITariffRules
{
    public const int MaxPercent = 200;

    public async Task<FamilyTariff> ForAsync(Guid serviceId, Guid familyId, CancellationToken cancellationToken)
    {
        var rule = await db.TariffRules.AsNoTracking().SingleOrDefaultAsync(r => r.ServiceId == serviceId, cancellationToken);
        if (rule is null)
        {
            return FamilyTariff.None;
        }

        var quotients = rule.Brackets.Count == 0
            ? []
            : await db.Quotients.AsNoTracking()
                .Where(q => q.FamilyId == familyId && q.Status == QuotientStatus.Validated)
                .Select(q => new FamilyQuotient(q.Value!.Value, q.ValidFrom!.Value, q.ValidTo!.Value))
                .ToListAsync(cancellationToken);
        return new FamilyTariff(rule.Brackets, rule.Siblings, quotients);
    }

    /// <summary>Whether one of these services prices by quotient familial, and whether one credits absences (the
    /// family's menu then offers to declare its quotient, to report an absence).</summary>
    public async Task<(bool ByQuotient, bool CreditsAbsences)> UsedByAsync(IReadOnlyCollection<Guid> serviceIds, CancellationToken cancellationToken)
    {
        var rules = await db.TariffRules.AsNoTracking().Where(r => serviceIds.Contains(r.ServiceId))
            .Select(r => new { r.ByQuotient, Absences = r.AbsenceDaysBilledWithCertificate != null }).ToListAsync(cancellationToken);
        return (rules.Any(r => r.ByQuotient), rules.Any(r => r.Absences));
    }

    /// <summary>The absence rule of each of these services that credits absences.</summary>
    public async Task<IReadOnlyDictionary<Guid, AbsenceRule>> AbsenceRulesAsync(IReadOnlyCollection<Guid> serviceIds, CancellationToken cancellationToken) =>
        (await db.TariffRules.AsNoTracking().Where(r => serviceIds.Contains(r.ServiceId) && r.AbsenceDaysBilledWithCertificate != null).ToListAsync(cancellationToken))
        .ToDictionary(r => r.ServiceId, r => AbsenceRule.Of(r)!);

    public async Task<AppResult<TariffRulesView>> GetAsync(ClaimsPrincipal agent, Guid serviceId, CancellationToken cancellationToken)
    {
        if (!await families.CanActForServiceAsync(agent, serviceId, cancellationToken))
        {
            return AppResult<TariffRulesView>.NotFound();
        }

        var rule = await db.TariffRules.AsNoTracking().SingleOrDefaultAsync(r => r.ServiceId == serviceId, cancellationToken);
        return AppResult<TariffRulesView>.Ok(new TariffRulesView(serviceId, rule?.Brackets ?? [], rule?.Siblings ?? [], AbsenceRule.Of(rule)));
    }

    /// <summary>Replaces the service's rules. Lines already booked keep the price and rule they were booked at.</summary>
    public async Task<AppResult<TariffRulesView>> SetAsync(ClaimsPrincipal agent, Guid serviceId, TariffRulesInput input, CancellationToken cancellationToken)
    {
        if (!await families.CanActForServiceAsync(agent, serviceId, cancellationToken))
        {
            return AppResult<TariffRulesView>.NotFound();
        }

        if ((input.Brackets ?? []).Any(b => b is null) || (input.Siblings ?? []).Any(s => s is null))
        {
            return AppResult<TariffRulesView>.Invalid(nameof(input.Brackets), "Chaque tranche et chaque réduction indique ses valeurs.");
        }

        var brackets = input.Brackets ?? [];
        var siblings = (input.Siblings ?? []).OrderBy(s => s.FromChildren).ToList();
        var errors = new Errors();
        if (brackets.Count > 10)
        {
            errors.Add(nameof(input.Brackets), "Indiquez au plus 10 tranches de quotient familial.");
        }
        else if (brackets.Count > 0 && brackets[^1].UpTo is not null)
        {
            errors.Add(nameof(input.Brackets), "La dernière tranche n'a pas de plafond : elle vaut au-delà des autres, et pour les familles sans quotient justifié.");
        }
        else if (brackets.Take(brackets.Count - 1).Any(b => b.UpTo is null or < 0)
                 || brackets.Zip(brackets.Skip(1)).Any(p => p.Second.UpTo is { } next && next <= p.First.UpTo))
        {
            errors.Add(nameof(input.Brackets), "Les plafonds des tranches sont des montants en euros, du plus petit au plus grand.");
        }

        if (brackets.Any(b => b.Percent is < 0 or > MaxPercent))
        {
            errors.Add(nameof(input.Brackets), $"Le pourcentage du prix de chaque tranche est compris entre 0 et {MaxPercent} %.");
        }

        if (siblings.Count > 5 || siblings.Any(s => s.FromChildren is < 2 or > 10) || siblings.DistinctBy(s => s.FromChildren).Count() != siblings.Count)
        {
            errors.Add(nameof(input.Siblings), "Les réductions s'appliquent à partir de 2 à 10 enfants, une seule par nombre d'enfants.");
        }

        if (siblings.Any(s => s.Percent is < 1 or > 100))
        {
            errors.Add(nameof(input.Siblings), "Une réduction est comprise entre 1 et 100 %.");
        }

        if (input.Absences is { } absences
            && (absences.DaysBilledWithCertificate is < 0 or > 10 || absences.DaysBilledWithoutCertificate is < 0 or > 10))
        {
            errors.Add(nameof(input.Absences), "Les jours d'absence qui restent facturés sont entre 0 et 10.");
        }

        if (errors.Any)
        {
            return errors;
        }

        var rule = await db.TariffRules.SingleOrDefaultAsync(r => r.ServiceId == serviceId, cancellationToken);
        if (rule is null)
        {
            db.TariffRules.Add(rule = new TariffRule { ServiceId = serviceId });
        }

        rule.Brackets = brackets.ToList();
        rule.ByQuotient = brackets.Count > 0;
        rule.Siblings = siblings;
        rule.AbsenceDaysBilledWithCertificate = input.Absences?.DaysBilledWithCertificate;
        rule.AbsenceDaysBilledWithoutCertificate = input.Absences?.DaysBilledWithoutCertificate;
        rule.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return AppResult<TariffRulesView>.Ok(new TariffRulesView(serviceId, rule.Brackets, rule.Siblings, AbsenceRule.Of(rule)));
    }
}
