using Platform.Core.Application;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Email;
using Platform.Host.Common;
using Platform.Host.Data;
using Platform.Host.Security;
using Platform.Host.Tenancy;

namespace Platform.Host.Access;

/// <summary>The agent's side of access requests: only the requests of the agent's own communes exist for them.</summary>
public sealed class AccessReviewService(
    PlatformDbContext db, VisibleServices visibleServices, IEmailSender email, PublicUrls urls, TimeProvider clock)
{
    public async Task<IReadOnlyList<AccessRequestView>> ListAsync(CurrentUser agent, AccessStatus? status, CancellationToken cancellationToken)
    {
        var ids = await Visible(agent)
            .Where(r => status == null || r.Status == status)
            .OrderBy(r => r.CreatedAtUtc)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        return (await AccessRequestQueries.LoadAsync(db, ids, cancellationToken)).OrderBy(r => r.CreatedAtUtc).ToList();
    }

    public async Task<AppResult<AccessRequestView>> GetAsync(CurrentUser agent, Guid requestId, CancellationToken cancellationToken)
    {
        if (!await Visible(agent).AnyAsync(r => r.Id == requestId, cancellationToken))
        {
            return AppResult<AccessRequestView>.NotFound();
        }

        return AppResult<AccessRequestView>.Ok((await AccessRequestQueries.LoadAsync(db, [requestId], cancellationToken))[0]);
    }

    public Task<AppResult<AccessRequestView>> ValidateAsync(CurrentUser agent, Guid requestId, CancellationToken cancellationToken) =>
        DecideAsync(agent, requestId, AccessStatus.Validated, null, cancellationToken);

    public Task<AppResult<AccessRequestView>> RefuseAsync(CurrentUser agent, Guid requestId, string? reason, CancellationToken cancellationToken) =>
        DecideAsync(agent, requestId, AccessStatus.Refused, reason, cancellationToken);

    private async Task<AppResult<AccessRequestView>> DecideAsync(
        CurrentUser agent, Guid requestId, AccessStatus decision, string? reason, CancellationToken cancellationToken)
    {
        var request = await Visible(agent).SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return AppResult<AccessRequestView>.NotFound();
        }

        if (request.Status != AccessStatus.Pending)
        {
            return AppResult<AccessRequestView>.Invalid("Status", "Cette demande a déjà été traitée.");
        }

        if (decision == AccessStatus.Refused && (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500))
        {
            return AppResult<AccessRequestView>.Invalid("Reason", "Indiquez le motif du refus (500 caractères au plus) : la famille le lira.");
        }

        request.Status = decision;
        request.RefusalReason = reason?.Trim();
        request.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
        request.DecidedByUserId = agent.Id;
        await db.SaveChangesAsync(cancellationToken);

        var view = (await AccessRequestQueries.LoadAsync(db, [requestId], cancellationToken))[0];
        await NotifyFamilyAsync(view, cancellationToken);
        return AppResult<AccessRequestView>.Ok(view);
    }

    private async Task NotifyFamilyAsync(AccessRequestView request, CancellationToken cancellationToken)
    {
        var adults = await (from a in db.FamilyAdults
                            join u in db.Users on a.UserId equals u.Id
                            where a.FamilyId == request.FamilyId && u.Email != null
                            select u.Email!).ToListAsync(cancellationToken);
        var (subject, body) = request.Status == AccessStatus.Validated
            ? ($"Demande acceptée : {request.ServiceName}",
               $"Bonne nouvelle : votre demande d'accès au service « {request.ServiceName} » ({request.CommuneName}) est validée.\n" +
               $"Vous pouvez maintenant réserver en ligne : {urls.For("/services")}\n")
            : ($"Demande refusée : {request.ServiceName}",
               $"Votre demande d'accès au service « {request.ServiceName} » ({request.CommuneName}) est refusée.\n" +
               $"Motif : {request.RefusalReason}\n\nVous pouvez faire une nouvelle demande : {urls.For("/services")}\n");
        foreach (var adult in adults)
        {
            await email.SendAsync(new EmailMessage(adult, subject, $"Bonjour,\n\n{body}"), cancellationToken);
        }
    }

    private IQueryable<AccessRequest> Visible(CurrentUser agent)
    {
        var services = visibleServices.Query();
        return from r in db.AccessRequests
        join s in services on r.ServiceId equals s.Id
        where agent.IsAdministrator || db.AgentCommunes.Any(a => a.UserId == agent.Id && a.CommuneId == s.CommuneId)
        select r;
    }
}
