using Platform.Core.Application;

namespace Platform.Core.Booking;

/// <summary>Helps an <see cref="IFamilyCalendar"/> book its choices all or none: each service's choices are checked and
/// prepared first (nothing written), and only when every service passed does the module write them.</summary>
public static class OfferChoices
{
    /// <returns>What each service prepared, or every service's French errors.</returns>
    public static async Task<AppResult<IReadOnlyList<TPrepared>>> PrepareEachServiceAsync<TPrepared>(
        IReadOnlyList<OfferChoice> choices, Func<Guid, IReadOnlyList<OfferChoice>, Task<AppResult<TPrepared>>> prepare)
    {
        var prepared = new List<TPrepared>();
        var errors = new Errors();
        foreach (var service in choices.GroupBy(c => c.ServiceId))
        {
            var result = await prepare(service.Key, service.ToList());
            if (result.Succeeded)
            {
                prepared.Add(result.Value!);
            }
            else
            {
                foreach (var message in result.Errors.Values.SelectMany(m => m))
                {
                    errors.Add("Choices", message);
                }
            }
        }

        return errors.Any ? errors : AppResult<IReadOnlyList<TPrepared>>.Ok(prepared);
    }
}
