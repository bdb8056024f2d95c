using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Core.Modularity;
using Platform.Modules.Sport.Application;

namespace Platform.Modules.Sport.Endpoints;

internal static class SportApi
{
    public sealed record SeatsRequest(Guid? ServiceId, IReadOnlyList<SeatChoice>? Choices);

    public static void Map(ModuleEndpoints endpoints)
    {
        endpoints.Admin.MapGet("/services/{serviceId:guid}/activities", (Guid serviceId, SportSetup setup, CancellationToken ct) => Http(setup.ListAsync(serviceId, ct)))
            .WithName("sport.activities.list")
            .WithSummary("The activities of a sport service with their sessions, seats taken and families waiting.");
        endpoints.Admin.MapPost("/services/{serviceId:guid}/activities", (Guid serviceId, ActivityInput input, SportSetup setup, CancellationToken ct) => Http(setup.AddActivityAsync(serviceId, input, ct)))
            .WithName("sport.activities.add")
            .WithSummary("Adds an activity: name, place, age range, when registration opens (Paris time), stage or not, hours a waiting family has to book a freed seat.");
        endpoints.Admin.MapPost("/services/{serviceId:guid}/activities/{activityId:guid}/sessions", (Guid serviceId, Guid activityId, SessionInput input, SportSetup setup, CancellationToken ct) =>
                Http(setup.AddSessionAsync(serviceId, activityId, input, ct)))
            .WithName("sport.sessions.add")
            .WithSummary("Adds a session (date, start and end HH:MM, capacity) to an activity.");
        endpoints.Agent.MapGet("/services/{serviceId:guid}/rosters", (Guid serviceId, DateOnly? from, HttpContext http, SportRosters rosters, TimeProvider clock, CancellationToken ct) =>
                Http(rosters.FromAsync(http.User, serviceId, from ?? ParisTime.Today(clock), ct)))
            .WithName("sport.rosters")
            .WithSummary("Who comes to each session of the 31 days from ?from=2027-06-01 (today by default): children with a seat (paid or awaiting payment), then the waiting list in order.");
        ScheduleEndpoints.Map<SportSchedule>(endpoints.Admin, SportModule.ModuleId, "Sets the price of a session of an activity (itemId) for a tariff category, in euro cents.");

        endpoints.Family.MapPost("/bookings", (Guid familyId, SeatsRequest request, SportBookings bookings, CancellationToken ct) => Http(BookAsync(familyId, request, bookings, ct)))
            .WithName("sport.bookings.add")
            .WithSummary("Books seats (child and session; a stage's sessions all together) into the cart, all or none; a full session puts the child on its waiting list.");
        endpoints.Family.MapGet("/bookings", async (Guid familyId, string? month, SportBookings bookings, CancellationToken ct) =>
                ParisTime.TryParseMonth(month, out var first)
                    ? TypedResults.Ok(await bookings.ListAsync(familyId, first, first.AddMonths(1).AddDays(-1), ct))
                    : AppResult<bool>.Invalid("Month", "Indiquez le mois sous la forme AAAA-MM, par exemple 2026-04.").ToHttp())
            .WithName("sport.bookings.list")
            .WithSummary("The family's sessions of a month (?month=2027-06), with until when each can be cancelled.");
        endpoints.Family.MapPost("/bookings/{bookingId:guid}/cancel", (Guid familyId, Guid bookingId, SportBookings bookings, CancellationToken ct) =>
                Http(bookings.CancelAsync(familyId, bookingId, ct)))
            .WithName("sport.bookings.cancel")
            .WithSummary("Cancels a session before the cancellation deadline; returns the amount given back. The seat goes to the first family waiting.");
    }

    private static async Task<AppResult<ChoicesBooked>> BookAsync(Guid familyId, SeatsRequest request, SportBookings bookings, CancellationToken ct)
    {
        if (request.ServiceId is not { } serviceId || request.Choices is not { Count: > 0 } choices || choices.Any(c => c is null))
        {
            return AppResult<ChoicesBooked>.Invalid("Choices", "Choisissez un service et au moins une séance pour un enfant.");
        }

        var prepared = await bookings.PrepareAsync(familyId, serviceId, choices, ct);
        return prepared.Succeeded ? await bookings.CommitAsync(familyId, [prepared.Value!], ct) : AppResult<ChoicesBooked>.Invalid(prepared.Errors);
    }

    private static async Task<IResult> Http<T>(Task<AppResult<T>> call) => (await call).ToHttp();
}
