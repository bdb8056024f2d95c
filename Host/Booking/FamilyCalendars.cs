using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Core.Tenancy;

namespace Platform.Host.Booking;

/// <summary>What every loaded booking module offers a family, as one calendar; the parent's choices go to the module
/// of their service. Lazy, so the menu of every page asks whether one exists without building them.</summary>
public sealed class FamilyCalendars(IEnumerable<Lazy<IFamilyCalendar>> calendars, IServiceCatalog catalog)
{
    public bool Any => calendars.Any();

    private IEnumerable<IFamilyCalendar> Modules => calendars.Select(c => c.Value);

    public async Task<IReadOnlyList<CalendarOffer>> OffersAsync(Guid familyId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var offers = new List<CalendarOffer>();
        foreach (var module in Modules)
        {
            offers.AddRange(await module.OffersAsync(familyId, from, to, cancellationToken));
        }

        return offers.OrderBy(o => o.Date).ThenBy(o => o.Start ?? new TimeOnly(12, 0)).ThenBy(o => o.Kind, StringComparer.Ordinal).ToList();
    }

    /// <summary>Each module books its own choices, all or none; a module that refuses leaves the others' done, and
    /// the result says which.</summary>
    public async Task<CalendarBooking> BookAsync(Guid familyId, IReadOnlyList<OfferChoice> choices, CancellationToken cancellationToken)
    {
        var byModule = new Dictionary<IFamilyCalendar, List<OfferChoice>>();
        var errors = new List<string>();
        foreach (var service in choices.GroupBy(c => c.ServiceId))
        {
            var moduleId = (await catalog.FindAsync(service.Key, cancellationToken))?.ModuleId;
            if (Modules.FirstOrDefault(m => m.ModuleId == moduleId) is { } module)
            {
                (byModule.TryGetValue(module, out var list) ? list : byModule[module] = []).AddRange(service);
            }
            else
            {
                errors.Add("Ce service n'est plus proposé : rechargez la page.");
            }
        }

        int inCart = 0, booked = 0, waiting = 0;
        foreach (var (module, moduleChoices) in byModule)
        {
            var result = await module.BookAsync(familyId, moduleChoices, cancellationToken);
            if (result.Succeeded)
            {
                inCart += result.Value!.InCart;
                booked += result.Value.Booked;
                waiting += result.Value.Waiting;
            }
            else
            {
                errors.AddRange(result.Errors.Values.SelectMany(m => m));
            }
        }

        return new CalendarBooking(inCart, booked, waiting, errors);
    }

    public async Task<AppResult<long>> CancelAsync(Guid familyId, Guid serviceId, Guid lineId, CancellationToken cancellationToken)
    {
        var moduleId = (await catalog.FindAsync(serviceId, cancellationToken))?.ModuleId;
        return Modules.FirstOrDefault(m => m.ModuleId == moduleId) is { } module
            ? await module.CancelAsync(familyId, lineId, cancellationToken)
            : AppResult<long>.NotFound();
    }
}

/// <param name="Errors">In French; when some modules refused, the others' choices are still done.</param>
public sealed record CalendarBooking(int InCart, int Booked, int Waiting, IReadOnlyList<string> Errors);
