using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Tenancy;
using Platform.Modules.Sport.Data;

namespace Platform.Modules.Sport.Application;

/// <param name="OpensAt">Paris wall-clock date and time when registration opens.</param>
public sealed record ActivityInput(string? Name, string? Place, int? MinAge, int? MaxAge, DateTime? OpensAt, bool IsStage, int? OfferHours)
{
    /// <summary>First school level admitted ("CP"); null for none.</summary>
    public string? MinClass { get; init; }

    /// <summary>Last school level admitted ("CE2"); null for none.</summary>
    public string? MaxClass { get; init; }
}

public sealed record SessionInput(DateOnly? Date, TimeOnly? Start, TimeOnly? End, int? Capacity);

public sealed record SessionView(Guid Id, DateOnly Date, TimeOnly Start, TimeOnly End, int Capacity, int Taken, int Waiting);

public sealed record ActivityView(
    Guid Id, string Name, string Place, int? MinAge, int? MaxAge, DateTime OpensAtLocal, bool IsStage, int OfferHours, IReadOnlyList<SessionView> Sessions)
{
    public string? MinClass { get; init; }

    public string? MaxClass { get; init; }
}

/// <summary>How a sport service is set up: its activities (place, ages, opening of registration, stage or not) and their
/// sessions with their capacity.</summary>
public sealed class SportSetup(SportDbContext db, SportSchedule schedule)
{
    public async Task<AppResult<IReadOnlyList<ActivityView>>> ListAsync(Guid serviceId, CancellationToken cancellationToken)
    {
        if (await schedule.FindOwnAsync(serviceId, cancellationToken) is null)
        {
            return AppResult<IReadOnlyList<ActivityView>>.NotFound();
        }

        var activities = await db.Activities.AsNoTracking().Where(a => a.ServiceId == serviceId).OrderBy(a => a.Name).ToListAsync(cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.ServiceId == serviceId).OrderBy(s => s.Date).ThenBy(s => s.Start).ToListAsync(cancellationToken);
        var waiting = await db.Waitlist.AsNoTracking().Where(w => w.ServiceId == serviceId && w.State == WaitlistState.Waiting)
            .GroupBy(w => w.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return AppResult<IReadOnlyList<ActivityView>>.Ok(activities.Select(a => new ActivityView(
            a.Id, a.Name, a.Place, a.MinAge, a.MaxAge, ParisTime.ToParis(a.OpensAtUtc), a.IsStage, a.OfferHours,
            sessions.Where(s => s.ActivityId == a.Id)
                .Select(s => new SessionView(s.Id, s.Date, s.Start, s.End, s.Capacity, s.Taken, waiting.GetValueOrDefault(s.Id))).ToList())
        {
            MinClass = a.MinClass,
            MaxClass = a.MaxClass,
        }).ToList());
    }

    public async Task<AppResult<Guid>> AddActivityAsync(Guid serviceId, ActivityInput input, CancellationToken cancellationToken)
    {
        if (await schedule.FindOwnAsync(serviceId, cancellationToken) is null)
        {
            return AppResult<Guid>.NotFound();
        }

        var errors = new Errors();
        errors.Require(nameof(input.Name), input.Name, "Nommez l'activité (ex. Multisport 6-8 ans).", 120);
        errors.Require(nameof(input.Place), input.Place, "Indiquez le lieu (ex. Gymnase de Villars-les-Dombes).", 200);
        if (input.MinAge is < 0 or > 18 || input.MaxAge is < 0 or > 18 || input.MinAge > input.MaxAge)
        {
            errors.Add(nameof(input.MinAge), "Les âges vont de 0 à 18 ans, l'âge minimum avant l'âge maximum.");
        }

        var minClass = SchoolLevels.Rank(input.MinClass);
        var maxClass = SchoolLevels.Rank(input.MaxClass);
        if ((!string.IsNullOrWhiteSpace(input.MinClass) && minClass is null) || (!string.IsNullOrWhiteSpace(input.MaxClass) && maxClass is null) || minClass > maxClass)
        {
            errors.Add(nameof(input.MinClass), $"Les classes sont des niveaux scolaires ({string.Join(", ", SchoolLevels.Codes)}), la première avant la dernière.");
        }

        if (input.OpensAt is null)
        {
            errors.Add(nameof(input.OpensAt), "Indiquez quand les inscriptions ouvrent (date et heure).");
        }

        if (input.OfferHours is < 1 or > 168)
        {
            errors.Add(nameof(input.OfferHours), "Le délai laissé à une famille de la liste d'attente va de 1 à 168 heures.");
        }

        if (errors.Any)
        {
            return errors;
        }

        var activity = new Activity
        {
            Id = Guid.NewGuid(), ServiceId = serviceId, Name = input.Name!.Trim(), Place = input.Place!.Trim(), MinAge = input.MinAge, MaxAge = input.MaxAge,
            MinClass = SchoolLevels.Normalise(input.MinClass), MaxClass = SchoolLevels.Normalise(input.MaxClass),
            OpensAtUtc = ParisTime.ToUtc(input.OpensAt!.Value), IsStage = input.IsStage, OfferHours = input.OfferHours ?? 24,
        };
        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return AppResult<Guid>.Ok(activity.Id);
    }

    public async Task<AppResult<Guid>> AddSessionAsync(Guid serviceId, Guid activityId, SessionInput input, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId && a.ServiceId == serviceId, cancellationToken);
        if (activity is null || await schedule.FindOwnAsync(serviceId, cancellationToken) is null)
        {
            return AppResult<Guid>.NotFound();
        }

        var errors = new Errors();
        if (input.Date is null)
        {
            errors.Add(nameof(input.Date), "Indiquez la date de la séance.");
        }

        if (input.Start is not { } start || input.End is not { } end || end <= start)
        {
            errors.Add(nameof(input.Start), "Indiquez l'heure de début et une heure de fin plus tardive (HH:MM).");
        }

        if (activity.IsStage && await db.Bookings.AnyAsync(b => b.State != Platform.Core.Booking.BookingState.Released && db.Sessions.Any(s => s.Id == b.ItemId && s.ActivityId == activityId), cancellationToken))
        {
            errors.Add(nameof(input.Date), "Ce stage a déjà des inscrits, qui l'ont réservé en entier : créez un nouveau stage pour d'autres dates.");
        }

        if (input.Capacity is not (>= 1 and <= 500))
        {
            errors.Add(nameof(input.Capacity), "Indiquez le nombre de places, de 1 à 500.");
        }

        if (errors.Any)
        {
            return errors;
        }

        var session = new Session
        {
            Id = Guid.NewGuid(), ActivityId = activityId, ServiceId = serviceId, Date = input.Date!.Value, Start = input.Start!.Value, End = input.End!.Value,
            Capacity = input.Capacity!.Value,
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return AppResult<Guid>.Ok(session.Id);
    }
}
