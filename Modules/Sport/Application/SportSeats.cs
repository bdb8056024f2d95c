using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Core.Booking;
using Platform.Core.Email;
using Platform.Core.Tenancy;
using Platform.Modules.Sport.Data;

namespace Platform.Modules.Sport.Application;

/// <summary>The seat counter of each session and its waiting list. A seat is taken only by a conditional update that
/// checks the capacity in the same statement, so concurrent requests can never overbook; a freed seat goes to the
/// first family waiting, held for it for the activity's offer time, then to the next.</summary>
public sealed class SportSeats(
    SportDbContext db, SportSchedule schedule, IFamilyDirectory families, IEmailSender email, IPublicUrls urls, TimeProvider clock, ILogger<SportSeats> logger)
    : ISeatCounter
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Takes a seat for a family that is not on the waiting list: refused while families wait, so a freed
    /// seat always goes to the list first.</summary>
    public async Task<bool> TryTakeAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await db.Sessions
            .Where(s => s.Id == sessionId && s.Taken < s.Capacity && !db.Waitlist.Any(w => w.SessionId == s.Id && w.State == WaitlistState.Waiting))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken + 1), cancellationToken) == 1;

    /// <summary>A released line whose seat came from a waiting-list offer still running goes back to being offered
    /// (the seat stays the family's until the offer ends); any other freed seat goes back to the counter.</summary>
    public async Task GiveBackAsync(BookingLine line, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (line.State == BookingState.PendingPayment
            && await db.Waitlist.Where(w => w.SessionId == line.ItemId && w.ChildId == line.ChildId && w.State == WaitlistState.Taken && w.OfferedUntilUtc > now)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.State, WaitlistState.Offered), cancellationToken) == 1)
        {
            return;
        }

        await GiveBackAsync(line.ItemId!.Value, cancellationToken);
    }

    public Task RetakeAsync(BookingLine line, CancellationToken cancellationToken) =>
        db.Sessions.Where(s => s.Id == line.ItemId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken + 1), cancellationToken);

    /// <summary>Turns the child's offered seat into a booking: true when this call did (the seat stays counted).</summary>
    public async Task<bool> TryUseOfferAsync(Guid sessionId, Guid childId, CancellationToken cancellationToken) =>
        await db.Waitlist.Where(w => w.SessionId == sessionId && w.ChildId == childId && w.State == WaitlistState.Offered)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.State, WaitlistState.Taken), cancellationToken) == 1;

    /// <summary>Puts a child on a session's waiting list (once: the database refuses a second entry) and returns its
    /// place in line; null for a stage, which has no waiting list.</summary>
    public async Task<int?> JoinWaitlistAsync(Guid familyId, Guid serviceId, Guid sessionId, Guid childId, CancellationToken cancellationToken)
    {
        if (await db.Sessions.AnyAsync(s => s.Id == sessionId && db.Activities.Any(a => a.Id == s.ActivityId && a.IsStage), cancellationToken))
        {
            return null;
        }

        db.Waitlist.Add(new WaitlistEntry
        {
            SessionId = sessionId, ServiceId = serviceId, FamilyId = familyId, ChildId = childId, State = WaitlistState.Waiting,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // already waiting
        }

        var mine = await db.Waitlist.AsNoTracking()
            .Where(w => w.SessionId == sessionId && w.ChildId == childId && w.State == WaitlistState.Waiting).Select(w => w.Id).FirstOrDefaultAsync(cancellationToken);
        return await db.Waitlist.CountAsync(w => w.SessionId == sessionId && w.State == WaitlistState.Waiting && w.Id <= mine, cancellationToken);
    }

    /// <summary>Offers the session's free seats to the families waiting, first come first served, and emails them.</summary>
    public async Task PromoteAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        while (await db.Waitlist.AsNoTracking()
                   .Where(w => w.SessionId == sessionId && w.State == WaitlistState.Waiting)
                   .OrderBy(w => w.Id)
                   .FirstOrDefaultAsync(cancellationToken) is { } first)
        {
            var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, cancellationToken);
            var activity = await db.Activities.AsNoTracking().SingleAsync(a => a.Id == session.ActivityId, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            if (!SessionRules.BeforeDeadline(session, (await schedule.DeadlinesAsync(session.ServiceId, cancellationToken)).Booking, now))
            {
                // Too late to book: nobody waits any more.
                await db.Waitlist.Where(w => w.SessionId == sessionId && w.State == WaitlistState.Waiting)
                    .ExecuteUpdateAsync(s => s.SetProperty(w => w.State, WaitlistState.Expired), cancellationToken);
                return;
            }

            var until = now.AddHours(activity.OfferHours);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var taken = await db.Sessions.Where(s => s.Id == sessionId && s.Taken < s.Capacity)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken + 1), cancellationToken);
            if (taken == 0)
            {
                return;
            }

            var offered = await db.Waitlist.Where(w => w.Id == first.Id && w.State == WaitlistState.Waiting)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.State, WaitlistState.Offered).SetProperty(w => w.OfferedUntilUtc, until), cancellationToken);
            if (offered == 0)
            {
                continue; // another request offered it meanwhile: the transaction is rolled back with the seat
            }

            await transaction.CommitAsync(cancellationToken);
            await TellAsync(first, session, activity, until, cancellationToken);
        }
    }

    /// <summary>Offers whose time passed expire, their seats going to the next families; sessions with a free seat and
    /// a waiting list are offered again (what a stop between a release and its promotion left).</summary>
    public async Task SettleAsync(IReadOnlyCollection<Guid> serviceIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = await db.Waitlist.AsNoTracking()
            .Where(w => serviceIds.Contains(w.ServiceId) && w.State == WaitlistState.Offered && w.OfferedUntilUtc < now)
            .ToListAsync(cancellationToken);
        foreach (var offer in expired)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await db.Waitlist.Where(w => w.Id == offer.Id && w.State == WaitlistState.Offered)
                    .ExecuteUpdateAsync(s => s.SetProperty(w => w.State, WaitlistState.Expired), cancellationToken) == 1)
            {
                await GiveBackAsync(offer.SessionId, cancellationToken);
                logger.LogInformation("Waiting list of session {Session}: an offer expired.", offer.SessionId);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var waiting = await db.Waitlist.AsNoTracking()
            .Where(w => serviceIds.Contains(w.ServiceId) && w.State == WaitlistState.Waiting)
            .Select(w => w.SessionId).Distinct().ToListAsync(cancellationToken);
        foreach (var sessionId in waiting)
        {
            await PromoteAsync(sessionId, cancellationToken);
        }
    }

    private Task GiveBackAsync(Guid sessionId, CancellationToken cancellationToken) =>
        db.Sessions.Where(s => s.Id == sessionId && s.Taken > 0).ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken - 1), cancellationToken);

    private async Task TellAsync(WaitlistEntry entry, Session session, Activity activity, DateTime untilUtc, CancellationToken cancellationToken)
    {
        var until = Core.Application.ParisTime.ToParis(untilUtc).ToString("dddd d MMMM 'à' HH'h'mm", French);
        var link = urls.For($"/reserver?mois={session.Date:yyyy-MM}");
        foreach (var adult in (await families.FindAsync(entry.FamilyId, cancellationToken))?.AdultEmails ?? [])
        {
            await email.SendAsync(
                new EmailMessage(adult, $"Une place s'est libérée : {activity.Name} le {session.Date:dd/MM/yyyy}",
                    $"Bonjour,\n\nUne place s'est libérée pour {activity.Name} le {session.Date.ToString("dddd d MMMM", French)} " +
                    $"({session.Start:HH\\hmm}–{session.End:HH\\hmm}, {activity.Place}). Elle est réservée pour votre enfant jusqu'au {until} : " +
                    $"réservez-la et payez-la avant cette heure, sinon elle sera proposée à la famille suivante.\n\n{link}\n"),
                cancellationToken);
        }
    }
}
