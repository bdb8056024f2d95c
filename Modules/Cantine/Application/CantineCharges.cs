using Microsoft.EntityFrameworkCore;
using Platform.Core.Billing;
using Platform.Core.Booking;
using Platform.Modules.Cantine.Data;

namespace Platform.Modules.Cantine.Application;

/// <summary>The meals of services invoiced monthly, for the régie's monthly invoice.</summary>
public sealed class CantineCharges(CantineDbContext db) : IInvoiceCharges
{
    public async Task<IReadOnlyList<InvoiceCharge>> ChargesAsync(Guid regieId, DateOnly from, DateOnly until, CancellationToken cancellationToken) =>
        (await db.Bookings.AsNoTracking()
            .Where(b => b.RegieId == regieId && b.PostPaid && b.State == BookingState.Confirmed && b.Date >= from && b.Date < until)
            .Select(b => new { b.Id, b.FamilyId, b.ServiceId, b.ChildId, b.Date, b.UnitCents, b.PriceRule })
            .ToListAsync(cancellationToken))
        .Select(b => new InvoiceCharge($"cantine:booking:{b.Id}", b.FamilyId, b.ServiceId, b.ChildId, b.Date, b.PriceRule is { } rule ? $"Repas ({rule})" : "Repas", 1, b.UnitCents)
        {
            IsBookedDay = true,
        })
        .ToList();
}
