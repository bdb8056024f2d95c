using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Email;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Tariffs;

public sealed record QuotientView(
    Guid Id, string Organisation, int DeclaredValue, DateTime SentAtUtc, QuotientStatus Status, int? Value, DateOnly? ValidFrom, DateOnly? ValidTo, string? RefusalReason)
{
    public string StatusLabel => Status switch
    {
        QuotientStatus.Pending => "En attente de vérification",
        QuotientStatus.Validated => "Validé",
        _ => "Refusé",
    };

    public string StatusClass => Status switch
    {
        QuotientStatus.Pending => "status-pending",
        QuotientStatus.Validated => "status-validated",
        _ => "status-refused",
    };
}

/// <summary>A declaration waiting for an agent, with the family's name.</summary>
public sealed record PendingQuotient(QuotientView Quotient, Guid FamilyId, string FamilyName);

public sealed record QuotientDecision(int? Value, DateOnly? ValidFrom, DateOnly? ValidTo);

/// <summary>The family declares its quotient familial with the CAF or MSA certificate; an agent of one of its communes
/// reads the certificate and validates the value and its validity dates (or refuses, with a reason). Prices use only
/// validated values, on the days they are valid.</summary>
public sealed class QuotientDeclarations(
    BillingDbContext db, IFamilyDirectory families, IPrivateFiles files, IEmailSender email, IPublicUrls urls, TimeProvider clock)
{
    public const int MaxQuotient = 99_999;
    public const int MaxPending = 50;
    public static readonly IReadOnlyList<string> Organisations = ["CAF", "MSA"];
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public async Task<IReadOnlyList<QuotientView>> ForFamilyAsync(Guid familyId, CancellationToken cancellationToken) =>
        (await db.Quotients.AsNoTracking().Where(q => q.FamilyId == familyId).OrderByDescending(q => q.SentAtUtc).Take(10).ToListAsync(cancellationToken))
        .Select(View).ToList();

    /// <summary>Whether the family has neither a quotient valid today nor a declaration waiting: its menu then asks for one.</summary>
    public async Task<bool> NeedsDeclarationAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var today = ParisTime.Today(clock);
        return !await db.Quotients.AnyAsync(
            q => q.FamilyId == familyId
                 && (q.Status == QuotientStatus.Pending || (q.Status == QuotientStatus.Validated && q.ValidFrom <= today && today <= q.ValidTo)),
            cancellationToken);
    }

    /// <summary>Records a declaration with its certificate; one still waiting is replaced by it.</summary>
    public async Task<AppResult<QuotientView>> DeclareAsync(Guid familyId, string? organisation, int? value, byte[]? certificate, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        if (organisation is null || !Organisations.Contains(organisation))
        {
            errors.Add("Organisation", "Choisissez l'organisme qui a calculé votre quotient familial (CAF ou MSA).");
        }

        if (value is not (>= 0 and <= MaxQuotient))
        {
            errors.Add("Value", "Indiquez votre quotient familial en euros, tel qu'il figure sur l'attestation (par exemple 720).");
        }

        if (certificate is not { Length: > 0 })
        {
            errors.Add("Certificate", "Joignez l'attestation de quotient familial de la CAF ou de la MSA (PDF, JPEG ou PNG).");
        }

        if (errors.Any)
        {
            return errors;
        }

        if (await files.SaveAsync(certificate!, cancellationToken) is not { } stored)
        {
            return AppResult<QuotientView>.Invalid("Certificate", "L'attestation doit être un PDF, une photo JPEG ou PNG de 5 Mo au plus.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var declaration = new QuotientDeclaration
        {
            Id = Guid.NewGuid(), FamilyId = familyId, Organisation = organisation!, DeclaredValue = value!.Value, StoredFile = stored.StoredName,
            ContentType = stored.ContentType, SentAtUtc = now, Status = QuotientStatus.Pending,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Quotients.Where(q => q.FamilyId == familyId && q.Status == QuotientStatus.Pending)
            .ExecuteUpdateAsync(
                s => s.SetProperty(q => q.Status, QuotientStatus.Refused).SetProperty(q => q.DecidedAtUtc, now)
                    .SetProperty(q => q.RefusalReason, "Remplacée par une déclaration plus récente."),
                cancellationToken);
        db.Quotients.Add(declaration);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AppResult<QuotientView>.Ok(View(declaration));
    }

    /// <summary>The oldest declarations waiting, of the families the agent serves.</summary>
    public async Task<IReadOnlyList<PendingQuotient>> PendingAsync(ClaimsPrincipal agent, CancellationToken cancellationToken)
    {
        var pending = await db.Quotients.AsNoTracking().Where(q => q.Status == QuotientStatus.Pending).OrderBy(q => q.SentAtUtc).ToListAsync(cancellationToken);
        var served = await families.ServedFamiliesAsync(agent, pending.Select(q => q.FamilyId).Distinct().ToList(), cancellationToken);
        var list = new List<PendingQuotient>();
        foreach (var declaration in pending.Where(q => served.Contains(q.FamilyId)).Take(MaxPending))
        {
            var family = await families.FindAsync(declaration.FamilyId, cancellationToken);
            list.Add(new PendingQuotient(View(declaration), declaration.FamilyId, family?.Name ?? "Famille"));
        }

        return list;
    }

    public async Task<AppResult<QuotientView>> ValidateAsync(ClaimsPrincipal agent, Guid id, QuotientDecision decision, CancellationToken cancellationToken)
    {
        if (await ServedAsync(agent, id, cancellationToken) is not { } declaration)
        {
            return AppResult<QuotientView>.NotFound();
        }

        var errors = new Errors();
        if (decision.Value is not (>= 0 and <= MaxQuotient))
        {
            errors.Add("Value", "Indiquez le quotient familial lu sur l'attestation, en euros.");
        }

        if (decision.ValidFrom is not { } from || decision.ValidTo is not { } to)
        {
            errors.Add("ValidFrom", "Indiquez les dates de début et de fin de validité de l'attestation.");
        }
        else if (from.Year is < 2000 or > 2100 || to < from || to > from.AddMonths(18))
        {
            errors.Add("ValidTo", "La fin de validité suit le début, de 18 mois au plus.");
        }

        if (errors.Any)
        {
            return errors;
        }

        return await DecideAsync(
            agent, declaration, QuotientStatus.Validated, decision.Value, decision.ValidFrom, decision.ValidTo, null,
            $"Votre quotient familial ({declaration.Organisation}) est validé : {decision.Value!.Value.ToString("N0", French)} €, du {decision.ValidFrom:dd/MM/yyyy} au {decision.ValidTo:dd/MM/yyyy}.\nLes prix de vos prochaines réservations en tiennent compte ; les réservations déjà faites gardent leur prix.",
            cancellationToken);
    }

    public async Task<AppResult<QuotientView>> RefuseAsync(ClaimsPrincipal agent, Guid id, string? reason, CancellationToken cancellationToken)
    {
        if (await ServedAsync(agent, id, cancellationToken) is not { } declaration)
        {
            return AppResult<QuotientView>.NotFound();
        }

        var errors = new Errors();
        errors.Require("Reason", reason, "Indiquez le motif du refus, que la famille lira (attestation illisible, trop ancienne…).");
        if (errors.Any)
        {
            return errors;
        }

        return await DecideAsync(
            agent, declaration, QuotientStatus.Refused, null, null, null, reason!.Trim(),
            $"Votre déclaration de quotient familial n'a pas pu être validée.\nMotif : {reason.Trim()}\n\nVous pouvez envoyer une nouvelle attestation : {urls.For("/quotient-familial")}",
            cancellationToken);
    }

    /// <summary>The certificate, for an agent serving the family.</summary>
    public async Task<(Stream Content, string ContentType, string FileName)?> CertificateAsync(ClaimsPrincipal agent, Guid id, CancellationToken cancellationToken)
    {
        if (await ServedAsync(agent, id, cancellationToken) is not { } declaration)
        {
            return null;
        }

        var extension = declaration.ContentType switch { "application/pdf" => "pdf", "image/png" => "png", _ => "jpg" };
        return (files.Open(declaration.StoredFile), declaration.ContentType, $"quotient-familial-{declaration.SentAtUtc:yyyy-MM-dd}.{extension}");
    }

    private async Task<AppResult<QuotientView>> DecideAsync(
        ClaimsPrincipal agent, QuotientDeclaration declaration, QuotientStatus status, int? value, DateOnly? from, DateOnly? to, string? reason, string message,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var agentId = Guid.TryParse(agent.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : (Guid?)null;
        var decided = await db.Quotients.Where(q => q.Id == declaration.Id && q.Status == QuotientStatus.Pending)
            .ExecuteUpdateAsync(
                s => s.SetProperty(q => q.Status, status).SetProperty(q => q.Value, value).SetProperty(q => q.ValidFrom, from).SetProperty(q => q.ValidTo, to)
                    .SetProperty(q => q.RefusalReason, reason).SetProperty(q => q.DecidedAtUtc, now).SetProperty(q => q.DecidedByUserId, agentId),
                cancellationToken);
        if (decided == 0)
        {
            return AppResult<QuotientView>.Invalid("Quotient", "Cette déclaration a déjà été traitée ou remplacée par la famille : rechargez la page.");
        }

        if (await families.FindAsync(declaration.FamilyId, cancellationToken) is { } family)
        {
            foreach (var adult in family.AdultEmails)
            {
                await email.SendAsync(new EmailMessage(adult, "Votre quotient familial", $"Bonjour,\n\n{message}\n"), cancellationToken);
            }
        }

        var saved = await db.Quotients.AsNoTracking().SingleAsync(q => q.Id == declaration.Id, cancellationToken);
        return AppResult<QuotientView>.Ok(View(saved));
    }

    private async Task<QuotientDeclaration?> ServedAsync(ClaimsPrincipal agent, Guid id, CancellationToken cancellationToken) =>
        await db.Quotients.AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, cancellationToken) is { } declaration
        && (await families.ServedFamiliesAsync(agent, [declaration.FamilyId], cancellationToken)).Contains(declaration.FamilyId)
            ? declaration
            : null;

    private static QuotientView View(QuotientDeclaration q) =>
        new(q.Id, q.Organisation, q.DeclaredValue, q.SentAtUtc, q.Status, q.Value, q.ValidFrom, q.ValidTo, q.RefusalReason);
}
