using Microsoft.EntityFrameworkCore;
using Platform.Core.Booking;
using Platform.Core.Tenancy;
using Platform.Modules.Cantine.Data;

namespace Platform.Modules.Cantine.Application;

/// <summary>The cantine services of a commune, with where they serve.</summary>
public sealed class CantineServices
{
    private readonly IServiceCatalog catalog;
    private readonly CantineDbContext db;

    public CantineServices(IServiceCatalog catalog, CantineDbContext db)
    {
        this.catalog = catalog;
        this.db = db;
    }

    public async Task<IReadOnlyList<CantineServiceView>> ListAsync(string commune, CancellationToken cancellationToken)
    {
        var services = await catalog.ListAsync(commune, CantineModule.ModuleId, cancellationToken);
        var ids = services.Select(s => s.Id).ToList();
        var restaurants = await db.Restaurants.AsNoTracking()
            .Where(r => ids.Contains(r.ServiceId))
            .ToDictionaryAsync(r => r.ServiceId, cancellationToken);
        return services
            .Select(s => new CantineServiceView(s, restaurants.GetValueOrDefault(s.Id) is { } r
                ? new RestaurantView(r.Name, r.Address, r.PracticalInformation)
                : null))
            .ToList();
    }

    /// <summary>Whether the service's meals are paid at booking or invoiced with the month.</summary>
    public async Task<BillingMode> BillingAsync(Guid serviceId, CancellationToken cancellationToken) =>
        (await db.Billing.AsNoTracking().SingleOrDefaultAsync(b => b.ServiceId == serviceId, cancellationToken))?.Mode ?? BillingMode.AtBooking;

    /// <summary>Null when the service is not a cantine service. Meals already booked keep how they were sold.</summary>
    public async Task<BillingMode?> SetBillingAsync(Guid serviceId, BillingMode mode, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(serviceId, cancellationToken) is not { ModuleId: CantineModule.ModuleId })
        {
            return null;
        }

        var row = await db.Billing.FindAsync([serviceId], cancellationToken);
        if (row is null)
        {
            db.Billing.Add(row = new MealBilling { ServiceId = serviceId });
        }

        row.Mode = mode;
        await db.SaveChangesAsync(cancellationToken);
        return mode;
    }

    /// <summary>Sets where a cantine service serves its meals. Null when the service is not a cantine service.</summary>
    public async Task<RestaurantView?> SetRestaurantAsync(Guid serviceId, RestaurantView restaurant, CancellationToken cancellationToken)
    {
        var service = await catalog.FindAsync(serviceId, cancellationToken);
        if (service is null || service.ModuleId != CantineModule.ModuleId)
        {
            return null;
        }

        var profile = await db.Restaurants.FindAsync([serviceId], cancellationToken);
        if (profile is null)
        {
            profile = new RestaurantProfile { ServiceId = serviceId, Name = restaurant.Name };
            db.Restaurants.Add(profile);
        }

        profile.Name = restaurant.Name.Trim();
        profile.Address = restaurant.Address?.Trim();
        profile.PracticalInformation = restaurant.PracticalInformation?.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return restaurant;
    }
}

public sealed record CantineServiceView(ServiceSummary Service, RestaurantView? Restaurant);

public sealed record RestaurantView(string Name, string? Address, string? PracticalInformation);
