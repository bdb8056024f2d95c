using Platform.Core.Application;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Email;
using Platform.Host.Access;
using Platform.Host.Common;
using Platform.Host.Data;
using Platform.Host.Security;

namespace Platform.Host.Families;

/// <summary>The family cell ("Mes filiations"): adults, children, invitations. Every call checks that the caller is an
/// adult of the family; a family that is not the caller's is reported as not found.</summary>
public sealed class FamilyService(PlatformDbContext db, DocumentStore files, IEmailSender email, PublicUrls urls, TimeProvider clock)
{
    private static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(14);

    public async Task<IReadOnlyList<FamilyView>> ListAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var ids = await db.FamilyAdults.Where(a => a.UserId == user.Id).Select(a => a.FamilyId).ToListAsync(cancellationToken);
        var families = new List<FamilyView>();
        foreach (var id in ids)
        {
            families.Add((await GetAsync(user, id, cancellationToken)).Value!);
        }

        return families.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<AppResult<FamilyView>> GetAsync(CurrentUser user, Guid familyId, CancellationToken cancellationToken)
    {
        var family = await FindOwnFamilyAsync(user, familyId, cancellationToken);
        if (family is null)
        {
            return AppResult<FamilyView>.NotFound();
        }

        var adults = await (from a in db.FamilyAdults
                            join u in db.Users on a.UserId equals u.Id
                            where a.FamilyId == familyId
                            orderby a.JoinedAtUtc
                            select new AdultView(u.Id, u.FirstName, u.LastName, u.Email!)).ToListAsync(cancellationToken);
        var children = await (from l in db.FamilyChildren
                              join c in db.Children on l.ChildId equals c.Id
                              where l.FamilyId == familyId
                              select new ChildView(
                                  c.Id, c.FirstName, c.LastName, c.BirthDate, l.Filiation, c.SchoolClass, c.MedicalNotes,
                                  c.PhotoFile != null, db.FamilyChildren.Count(o => o.ChildId == c.Id))).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var invitations = await db.Invitations
            .Where(i => i.FamilyId == familyId && i.AcceptedAtUtc == null && i.ExpiresAtUtc > now)
            .Select(i => new InvitationView(i.Id, i.Kind, i.Email, i.ChildId, i.ExpiresAtUtc))
            .ToListAsync(cancellationToken);
        return AppResult<FamilyView>.Ok(new FamilyView(
            family.Id, family.Name, adults, children.OrderBy(c => c.BirthDate).ToList(), invitations));
    }

    public async Task<AppResult<ChildView>> AddChildAsync(CurrentUser user, Guid familyId, ChildInput input, CancellationToken cancellationToken)
    {
        if (await FindOwnFamilyAsync(user, familyId, cancellationToken) is null)
        {
            return AppResult<ChildView>.NotFound();
        }

        var errors = Validate(input);
        if (errors.Any)
        {
            return errors;
        }

        var child = new Child { Id = Guid.NewGuid(), FirstName = "", LastName = "" };
        Apply(child, input);
        db.Children.Add(child);
        db.FamilyChildren.Add(new FamilyChild
        {
            FamilyId = familyId, ChildId = child.Id, Filiation = input.Filiation!.Value, LinkedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return AppResult<ChildView>.Ok(ToView(child, input.Filiation!.Value, 1));
    }

    public async Task<AppResult<ChildView>> UpdateChildAsync(
        CurrentUser user, Guid familyId, Guid childId, ChildInput input, CancellationToken cancellationToken)
    {
        var link = await FindOwnChildLinkAsync(user, familyId, childId, cancellationToken);
        if (link is null)
        {
            return AppResult<ChildView>.NotFound();
        }

        var errors = Validate(input);
        if (errors.Any)
        {
            return errors;
        }

        var child = await db.Children.SingleAsync(c => c.Id == childId, cancellationToken);
        Apply(child, input);
        link.Filiation = input.Filiation!.Value;
        await db.SaveChangesAsync(cancellationToken);
        var families = await db.FamilyChildren.CountAsync(l => l.ChildId == childId, cancellationToken);
        return AppResult<ChildView>.Ok(ToView(child, link.Filiation, families));
    }

    /// <summary>Removes the child from this family; the child record goes only when no other family holds it.</summary>
    public async Task<AppResult<bool>> RemoveChildAsync(CurrentUser user, Guid familyId, Guid childId, CancellationToken cancellationToken)
    {
        var link = await FindOwnChildLinkAsync(user, familyId, childId, cancellationToken);
        if (link is null)
        {
            return AppResult<bool>.NotFound();
        }

        db.FamilyChildren.Remove(link);
        var requests = db.AccessRequestChildren.Where(r => r.ChildId == childId
            && db.AccessRequests.Any(a => a.Id == r.AccessRequestId && a.FamilyId == familyId));
        db.AccessRequestChildren.RemoveRange(requests);
        var documents = await db.Documents.Where(d => d.FamilyId == familyId && d.ChildId == childId).ToListAsync(cancellationToken);
        db.Documents.RemoveRange(documents);
        string? photo = null;
        if (!await db.FamilyChildren.AnyAsync(l => l.ChildId == childId && l.FamilyId != familyId, cancellationToken))
        {
            var child = await db.Children.SingleAsync(c => c.Id == childId, cancellationToken);
            photo = child.PhotoFile;
            db.Children.Remove(child);
        }

        await db.SaveChangesAsync(cancellationToken);
        documents.ForEach(d => files.Delete(d.StoredFile));
        if (photo is not null)
        {
            files.Delete(photo);
        }

        return AppResult<bool>.Ok(true);
    }

    public async Task<AppResult<bool>> SetPhotoAsync(
        CurrentUser user, Guid familyId, Guid childId, Upload? upload, CancellationToken cancellationToken)
    {
        if (await FindOwnChildLinkAsync(user, familyId, childId, cancellationToken) is null)
        {
            return AppResult<bool>.NotFound();
        }

        if (PhotoError(upload) is { } error)
        {
            return AppResult<bool>.Invalid("Photo", error);
        }

        var type = FileContent.DetectImage(upload!.Content)!;

        var child = await db.Children.SingleAsync(c => c.Id == childId, cancellationToken);
        var previous = child.PhotoFile;
        child.PhotoFile = await files.SaveAsync(upload.Content, cancellationToken);
        child.PhotoContentType = type;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            files.Delete(child.PhotoFile);
            throw;
        }

        if (previous is not null)
        {
            files.Delete(previous);
        }

        return AppResult<bool>.Ok(true);
    }

    /// <summary>Why an upload cannot be a child's photo, or null when it can.</summary>
    public static string? PhotoError(Upload? upload)
    {
        if (upload is null || upload.Content.Length == 0)
        {
            return "Choisissez une photo.";
        }

        if (upload.Content.Length > FileContent.MaxPhotoBytes)
        {
            return "La photo dépasse 2 Mo. Choisissez une image plus légère.";
        }

        return FileContent.DetectImage(upload.Content) is null ? "Ce fichier n'est pas une photo JPEG ou PNG lisible." : null;
    }

    /// <summary>The photo, for an adult of any family of the child or an agent of a commune the child asked access to.</summary>
    public async Task<(Stream Content, string ContentType)?> OpenPhotoAsync(CurrentUser user, Guid childId, CancellationToken cancellationToken)
    {
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId, cancellationToken);
        if (child?.PhotoFile is null || !await CanSeeChildAsync(user, childId, cancellationToken))
        {
            return null;
        }

        return (files.Open(child.PhotoFile), child.PhotoContentType!);
    }

    public Task<AppResult<InvitationView>> InviteAdultAsync(CurrentUser user, Guid familyId, string? address, CancellationToken cancellationToken) =>
        InviteAsync(user, familyId, null, address, cancellationToken);

    public Task<AppResult<InvitationView>> ShareChildAsync(
        CurrentUser user, Guid familyId, Guid childId, string? address, CancellationToken cancellationToken) =>
        InviteAsync(user, familyId, childId, address, cancellationToken);

    public async Task<AppResult<InvitationPreview>> PreviewInvitationAsync(string token, CancellationToken cancellationToken)
    {
        var invitation = await FindOpenInvitationAsync(token, cancellationToken);
        if (invitation is null)
        {
            return AppResult<InvitationPreview>.NotFound();
        }

        var family = await db.Families.SingleAsync(f => f.Id == invitation.FamilyId, cancellationToken);
        var child = invitation.ChildId is { } id ? await db.Children.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) : null;
        return AppResult<InvitationPreview>.Ok(new InvitationPreview(
            invitation.Kind, family.Name, child is null ? null : $"{child.FirstName} {child.LastName}", invitation.Email));
    }

    /// <summary>Accepts an invitation sent to the caller's own address. Joining adds the caller to the family;
    /// sharing links the child to <paramref name="targetFamilyId"/>, one of the caller's families.</summary>
    public async Task<AppResult<Guid>> AcceptInvitationAsync(
        CurrentUser user, string token, Guid? targetFamilyId, Filiation? filiation, CancellationToken cancellationToken)
    {
        var invitation = await FindOpenInvitationAsync(token, cancellationToken);
        if (invitation is null)
        {
            return AppResult<Guid>.Invalid("Token", "Cette invitation n'est plus valable. Demandez-en une nouvelle.");
        }

        var account = await db.Users.SingleAsync(u => u.Id == user.Id, cancellationToken);
        if (!string.Equals(account.Email, invitation.Email, StringComparison.OrdinalIgnoreCase))
        {
            return AppResult<Guid>.Invalid("Token", $"Cette invitation a été envoyée à {invitation.Email}. Connectez-vous avec ce compte pour l'accepter.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Guid resultFamily;
        if (invitation.Kind == InvitationKind.JoinFamily)
        {
            if (!await db.FamilyAdults.AnyAsync(a => a.FamilyId == invitation.FamilyId && a.UserId == user.Id, cancellationToken))
            {
                db.FamilyAdults.Add(new FamilyAdult { FamilyId = invitation.FamilyId, UserId = user.Id, JoinedAtUtc = now });
            }

            resultFamily = invitation.FamilyId;
        }
        else
        {
            var target = targetFamilyId is { } t ? await FindOwnFamilyAsync(user, t, cancellationToken) : null;
            if (target is null || target.Id == invitation.FamilyId)
            {
                return AppResult<Guid>.Invalid("FamilyId", "Choisissez votre famille, à laquelle rattacher l'enfant.");
            }

            if (filiation is null)
            {
                return AppResult<Guid>.Invalid("Filiation", "Indiquez qui vous êtes pour cet enfant.");
            }

            var childId = invitation.ChildId!.Value;
            if (!await db.FamilyChildren.AnyAsync(l => l.FamilyId == target.Id && l.ChildId == childId, cancellationToken))
            {
                db.FamilyChildren.Add(new FamilyChild { FamilyId = target.Id, ChildId = childId, Filiation = filiation.Value, LinkedAtUtc = now });
            }

            resultFamily = target.Id;
        }

        invitation.AcceptedAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return AppResult<Guid>.Ok(resultFamily);
    }

    internal async Task<bool> CanSeeChildAsync(CurrentUser user, Guid childId, CancellationToken cancellationToken)
    {
        if (user.IsAdministrator)
        {
            return true;
        }

        var isParent = await db.FamilyChildren.AnyAsync(
            l => l.ChildId == childId && db.FamilyAdults.Any(a => a.FamilyId == l.FamilyId && a.UserId == user.Id), cancellationToken);
        if (isParent || !user.IsAgent)
        {
            return isParent;
        }

        return await (from rc in db.AccessRequestChildren
                      join r in db.AccessRequests on rc.AccessRequestId equals r.Id
                      join s in db.Services on r.ServiceId equals s.Id
                      where rc.ChildId == childId
                            && db.AgentCommunes.Any(a => a.UserId == user.Id && a.CommuneId == s.CommuneId)
                      select rc).AnyAsync(cancellationToken);
    }

    private async Task<AppResult<InvitationView>> InviteAsync(
        CurrentUser user, Guid familyId, Guid? childId, string? address, CancellationToken cancellationToken)
    {
        var family = await FindOwnFamilyAsync(user, familyId, cancellationToken);
        if (family is null || (childId is { } c && await FindOwnChildLinkAsync(user, familyId, c, cancellationToken) is null))
        {
            return AppResult<InvitationView>.NotFound();
        }

        if (!Accounts.AccountService.IsEmail(address))
        {
            return AppResult<InvitationView>.Invalid("Email", "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.");
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var inviter = await db.Users.SingleAsync(u => u.Id == user.Id, cancellationToken);
        var invitation = new Invitation
        {
            Id = Guid.NewGuid(),
            Kind = childId is null ? InvitationKind.JoinFamily : InvitationKind.ShareChild,
            FamilyId = familyId,
            ChildId = childId,
            Email = address!.Trim(),
            TokenHash = Hash(token),
            InvitedByUserId = user.Id,
            ExpiresAtUtc = clock.GetUtcNow().UtcDateTime + InvitationLifetime,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);

        var link = urls.For($"/famille/invitation/{token}");
        var what = childId is null
            ? $"vous invite à rejoindre la {family.Name} sur le portail famille"
            : "vous propose de rattacher son enfant à votre famille sur le portail famille (garde partagée)";
        await email.SendAsync(
            new EmailMessage(
                invitation.Email,
                "Invitation sur le portail famille",
                $"Bonjour,\n\n{inviter.FirstName} {inviter.LastName} {what}.\n\n" +
                $"Créez votre compte ou connectez-vous avec cette adresse, puis ouvrez ce lien :\n{link}\n\n" +
                "Ce lien est valable 14 jours.\n"),
            cancellationToken);
        return AppResult<InvitationView>.Ok(new InvitationView(invitation.Id, invitation.Kind, invitation.Email, childId, invitation.ExpiresAtUtc));
    }

    private async Task<Invitation?> FindOpenInvitationAsync(string token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = Hash(token);
        return await db.Invitations.SingleOrDefaultAsync(
            i => i.TokenHash == hash && i.AcceptedAtUtc == null && i.ExpiresAtUtc > now, cancellationToken);
    }

    private Task<Family?> FindOwnFamilyAsync(CurrentUser user, Guid familyId, CancellationToken cancellationToken) =>
        db.Families.SingleOrDefaultAsync(
            f => f.Id == familyId && db.FamilyAdults.Any(a => a.FamilyId == f.Id && a.UserId == user.Id), cancellationToken);

    private Task<FamilyChild?> FindOwnChildLinkAsync(CurrentUser user, Guid familyId, Guid childId, CancellationToken cancellationToken) =>
        db.FamilyChildren.SingleOrDefaultAsync(
            l => l.FamilyId == familyId && l.ChildId == childId
                 && db.FamilyAdults.Any(a => a.FamilyId == familyId && a.UserId == user.Id), cancellationToken);

    private Errors Validate(ChildInput input)
    {
        var errors = new Errors();
        errors.Require(nameof(input.LastName), input.LastName, "Saisissez le nom de l'enfant.", 100);
        errors.Require(nameof(input.FirstName), input.FirstName, "Saisissez le prénom de l'enfant.", 100);
        var today = ParisTime.Today(clock);
        if (input.BirthDate is not { } birth)
        {
            errors.Add(nameof(input.BirthDate), "Saisissez la date de naissance.");
        }
        else if (birth > today)
        {
            errors.Add(nameof(input.BirthDate), "La date de naissance ne peut pas être dans le futur.");
        }
        else if (birth < today.AddYears(-120))
        {
            errors.Add(nameof(input.BirthDate), "Vérifiez l'année de naissance.");
        }

        if (input.Filiation is null || !Enum.IsDefined(input.Filiation.Value))
        {
            errors.Add(nameof(input.Filiation), "Indiquez qui vous êtes pour cet enfant.");
        }

        errors.MaxLength(nameof(input.SchoolClass), input.SchoolClass, 40);
        errors.MaxLength(nameof(input.MedicalNotes), input.MedicalNotes, 2000);
        return errors;
    }

    private static void Apply(Child child, ChildInput input)
    {
        child.FirstName = input.FirstName!.Trim();
        child.LastName = input.LastName!.Trim();
        child.BirthDate = input.BirthDate!.Value;
        child.SchoolClass = string.IsNullOrWhiteSpace(input.SchoolClass) ? null : input.SchoolClass.Trim();
        child.MedicalNotes = string.IsNullOrWhiteSpace(input.MedicalNotes) ? null : input.MedicalNotes.Trim();
    }

    private static ChildView ToView(Child c, Filiation filiation, int families) =>
        new(c.Id, c.FirstName, c.LastName, c.BirthDate, filiation, c.SchoolClass, c.MedicalNotes, c.PhotoFile is not null, families);

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
