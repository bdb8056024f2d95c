using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Core.Modularity;
using Platform.Modules.Garderie.Application;

namespace Platform.Modules.Garderie.Endpoints;

internal static class GarderieApi
{
    private const string BadMonth = "Indiquez le mois sous la forme AAAA-MM, par exemple 2026-04.";

    public static void Map(ModuleEndpoints endpoints)
    {
        endpoints.Admin.MapGet("/services/{serviceId:guid}", (Guid serviceId, GarderieSetup setup, CancellationToken ct) => Http(setup.GetAsync(serviceId, ct)))
            .WithName("garderie.services.get")
            .WithSummary("A care service's slots, billing mode, late booking surcharge and late pick-up charge.");
        endpoints.Admin.MapPut("/services/{serviceId:guid}/settings", (Guid serviceId, SettingsInput input, GarderieSetup setup, CancellationToken ct) => Http(setup.SetSettingsAsync(serviceId, input, ct)))
            .WithName("garderie.services.settings")
            .WithSummary("Sets the billing mode (AtBooking or Monthly), the late booking surcharge in % (null: no late booking) and the late pick-up charge per started quarter of an hour, in cents.");
        endpoints.Admin.MapPost("/services/{serviceId:guid}/slots", (Guid serviceId, SlotInput input, GarderieSetup setup, CancellationToken ct) => Http(setup.AddSlotAsync(serviceId, input, ct)))
            .WithName("garderie.services.slots")
            .WithSummary("Adds a slot (label, start and end HH:MM, weekdays).");
        ScheduleEndpoints.Map<GarderieSchedule>(endpoints.Admin, GarderieModule.ModuleId, "Sets the price of a slot (itemId) for a tariff category, in euro cents.");
        ScheduleEndpoints.MapPeriods<GarderieSchedule>(endpoints.Admin, GarderieModule.ModuleId);
        endpoints.Admin.MapPost("/services/{serviceId:guid}/closures", (Guid serviceId, ClosureInput input, GarderieBookings bookings, CancellationToken ct) => Http(bookings.CloseAsync(serviceId, input, ct)))
            .WithName("garderie.schedule.closures")
            .WithSummary("Closes the service from one day to another; slots booked on those days are cancelled, refunded (or taken off the invoice) and the families told.");

        endpoints.Family.MapPost("/bookings", (Guid familyId, CareRequest request, GarderieBookings bookings, CancellationToken ct) => Http(bookings.BookAsync(familyId, request, ct)))
            .WithName("garderie.bookings.add")
            .WithSummary("Books slots for every chosen child on every chosen (date, slot), all or none: into the cart when the service is paid at booking, booked at once when it is billed monthly.");
        endpoints.Family.MapGet("/bookings", async (Guid familyId, string? month, GarderieBookings bookings, CancellationToken ct) =>
                ParisTime.TryParseMonth(month, out var first)
                    ? TypedResults.Ok(await bookings.ListAsync(familyId, first.Year, first.Month, ct))
                    : AppResult<bool>.Invalid("Month", BadMonth).ToHttp())
            .WithName("garderie.bookings.list")
            .WithSummary("The family's care slots of a month (?month=2027-06), with until when each can be cancelled.");
        endpoints.Family.MapPost("/bookings/{bookingId:guid}/cancel", (Guid familyId, Guid bookingId, GarderieBookings bookings, CancellationToken ct) =>
                Http(bookings.CancelAsync(familyId, bookingId, ct)))
            .WithName("garderie.bookings.cancel")
            .WithSummary("Cancels a slot before the cancellation deadline; returns the amount given back (0 for a slot billed monthly).");

        endpoints.Agent.MapGet("/services/{serviceId:guid}/day", (Guid serviceId, DateOnly? date, HttpContext http, GarderieAttendance attendance, CancellationToken ct) =>
                Http(attendance.DayAsync(http.User, serviceId, date, ct)))
            .WithName("garderie.attendance.day")
            .WithSummary("The day's sheet (?date=2027-06-07, today by default): per slot, the children booked and their recorded arrival and departure.");
        endpoints.Agent.MapPut("/services/{serviceId:guid}/attendance", (Guid serviceId, AttendanceInput input, HttpContext http, GarderieAttendance attendance, CancellationToken ct) =>
                Http(attendance.RecordAsync(http.User, serviceId, input, ct)))
            .WithName("garderie.attendance.record")
            .WithSummary("Records a child's arrival and/or departure in a slot; a departure after the slot's end adds the late pick-up charge.");
    }

    private static async Task<IResult> Http<T>(Task<AppResult<T>> call) => (await call).ToHttp();
}
