using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Application;

namespace Platform.Core.Booking;

/// <summary>The administrator's schedule endpoints every booking module offers the same way, on its own
/// <see cref="ServiceSchedule"/>: read it, set the deadlines, add a period, set a price (closures stay with each module,
/// which cancels what was booked on closed days its own way).</summary>
public static class ScheduleEndpoints
{
    public static void Map<TSchedule>(RouteGroupBuilder admin, string moduleId, string priceSummary)
        where TSchedule : ServiceSchedule
    {
        admin.MapGet("/services/{serviceId:guid}/schedule", (Guid serviceId, HttpContext http, CancellationToken ct) => Http(Schedule<TSchedule>(http).GetAsync(serviceId, ct)))
            .WithName($"{moduleId}.schedule.get")
            .WithSummary("Periods, closures, prices and deadlines of a service.");
        admin.MapPut("/services/{serviceId:guid}/deadlines", (Guid serviceId, DeadlinesInput input, HttpContext http, CancellationToken ct) => Http(Schedule<TSchedule>(http).SetDeadlinesAsync(serviceId, input, ct)))
            .WithName($"{moduleId}.schedule.deadlines")
            .WithSummary("Sets the booking and cancellation deadlines (kind daysBefore, weekdayOfEarlierWeek or dayOfPreviousMonth, with at = HH:MM:SS, Paris time).");
        admin.MapPut("/services/{serviceId:guid}/prices", (Guid serviceId, PriceInput input, HttpContext http, CancellationToken ct) => Http(Schedule<TSchedule>(http).SetPriceAsync(serviceId, input, ct)))
            .WithName($"{moduleId}.schedule.prices")
            .WithSummary(priceSummary);
    }

    /// <summary>Adds "add a period with its opening weekdays", for the modules that serve days of periods.</summary>
    public static void MapPeriods<TSchedule>(RouteGroupBuilder admin, string moduleId)
        where TSchedule : ServiceSchedule =>
        admin.MapPost("/services/{serviceId:guid}/periods", (Guid serviceId, PeriodInput input, HttpContext http, CancellationToken ct) => Http(Schedule<TSchedule>(http).AddPeriodAsync(serviceId, input, ct)))
            .WithName($"{moduleId}.schedule.periods")
            .WithSummary("Adds a period with its opening weekdays.");

    /// <summary>The module's schedule of this request's scope (a type parameter cannot be a route handler's parameter).</summary>
    private static ServiceSchedule Schedule<TSchedule>(HttpContext http)
        where TSchedule : ServiceSchedule => http.RequestServices.GetRequiredService<TSchedule>();

    private static async Task<IResult> Http<T>(Task<AppResult<T>> call) => (await call).ToHttp();
}
