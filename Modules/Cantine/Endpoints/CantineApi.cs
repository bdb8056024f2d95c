using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Core.Modularity;
using Platform.Modules.Cantine.Application;

namespace Platform.Modules.Cantine.Endpoints;

internal static class CantineApi
{
    public static void Map(ModuleEndpoints endpoints)
    {
        endpoints.Commune.MapGet("/services", ListServices)
            .WithName("cantine.services.list")
            .WithSummary("Cantine services of a commune, with their tariff categories, documents and restaurant.");

        endpoints.Commune.MapGet("/services/{serviceId:guid}/calendar", Month)
            .WithName("cantine.services.calendar")
            .WithSummary("Every day of a month (?month=2026-04): served or not, closure reason, booking deadline in Europe/Paris.");

        endpoints.Admin.MapPut("/services/{serviceId:guid}/restaurant", SetRestaurant)
            .WithName("cantine.services.restaurant")
            .WithSummary("Sets where a cantine service serves its meals.");
        ScheduleEndpoints.Map<CantineSchedule>(endpoints.Admin, CantineModule.ModuleId, "Sets the price of a meal for a tariff category, in euro cents.");
        ScheduleEndpoints.MapPeriods<CantineSchedule>(endpoints.Admin, CantineModule.ModuleId);
        endpoints.Admin.MapPost("/services/{serviceId:guid}/closures", (Guid serviceId, ClosureInput input, CantineBookings bookings, CancellationToken ct) => Http(bookings.CloseAsync(serviceId, input, ct)))
            .WithName("cantine.schedule.closures")
            .WithSummary("Closes the service from one day to another (holidays, strike, school trip); meals booked on those days are cancelled and refunded.");

        endpoints.Admin.MapPut("/services/{serviceId:guid}/billing", async (Guid serviceId, BillingInput input, CantineServices services, CancellationToken ct) =>
                input.Billing is not { } mode
                    ? AppResult<bool>.Invalid("Billing", "Choisissez AtBooking (payé à la réservation) ou Monthly (facturé au mois).").ToHttp()
                    : await services.SetBillingAsync(serviceId, mode, ct) is { } saved ? TypedResults.Ok(new BillingInput(saved)) : AppResultHttp.NotFound())
            .WithName("cantine.billing")
            .WithSummary("How the service sells its meals: AtBooking (paid in the cart) or Monthly (booked at once, invoiced by the régie with the month).");
        endpoints.Family.MapPost("/cart", (Guid familyId, BookingRequest request, CantineBookings bookings, CancellationToken ct) =>
                Http(bookings.AddToCartAsync(familyId, request, ct)))
            .WithName("cantine.cart.add")
            .WithSummary("Puts meals in the cart: every chosen child on every chosen date, all or none (returns the cart's line count). A service invoiced monthly books them at once instead (returns 0).");
        endpoints.Family.MapGet("/bookings", async (Guid familyId, string? month, CantineBookings bookings, CancellationToken ct) =>
                ParisTime.TryParseMonth(month, out var first)
                    ? TypedResults.Ok(await bookings.ListAsync(familyId, first.Year, first.Month, ct))
                    : AppResult<bool>.Invalid("Month", "Indiquez le mois sous la forme AAAA-MM, par exemple 2026-04.").ToHttp())
            .WithName("cantine.bookings.list")
            .WithSummary("The family's meals of a month (?month=2027-06), with until when each can be cancelled.");
        endpoints.Family.MapPost("/bookings/{bookingId:guid}/cancel", (Guid familyId, Guid bookingId, CantineBookings bookings, CancellationToken ct) =>
                Http(bookings.CancelAsync(familyId, bookingId, ct)))
            .WithName("cantine.bookings.cancel")
            .WithSummary("Cancels a meal before the cancellation deadline; returns the amount given back.");
    }

    internal sealed record BillingInput(BillingMode? Billing);

    private static async Task<IResult> Http<T>(Task<AppResult<T>> call) => (await call).ToHttp();

    private static async Task<IResult> Month(string commune, Guid serviceId, string? month, CantineSchedule schedule, CancellationToken ct)
    {
        if (!ParisTime.TryParseMonth(month, out var first))
        {
            return AppResult<MonthView>.Invalid("Month", "Indiquez le mois sous la forme AAAA-MM, par exemple 2026-04.").ToHttp();
        }

        return (await schedule.MonthAsync(commune, serviceId, first.Year, first.Month, ct)).ToHttp();
    }

    private static async Task<Ok<IReadOnlyList<CantineServiceView>>> ListServices(
        string commune, CantineServices services, CancellationToken cancellationToken) =>
        TypedResults.Ok(await services.ListAsync(commune, cancellationToken));

    private static async Task<Results<Ok<RestaurantView>, NotFound, ValidationProblem>> SetRestaurant(
        Guid serviceId, RestaurantRequest request, CantineServices services, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["name"] = ["Indiquez le nom du restaurant (200 caractères au plus)."],
            });
        }

        var saved = await services.SetRestaurantAsync(
            serviceId, new RestaurantView(request.Name, request.Address, request.PracticalInformation), cancellationToken);
        return saved is null ? TypedResults.NotFound() : TypedResults.Ok(saved);
    }

    internal sealed record RestaurantRequest([property: Required] string Name, string? Address, string? PracticalInformation);
}
