using Microsoft.EntityFrameworkCore;
using Platform.Core.Data;
using Platform.Core.Booking;

namespace Platform.Modules.Cantine.Data;

public class CantineDbContext(DbContextOptions options) : ModuleDbContext(options), IBookingStore
{
    public DbSet<RestaurantProfile> Restaurants => Set<RestaurantProfile>();

    public DbSet<DeadlineSettings> Deadlines => Set<DeadlineSettings>();

    public DbSet<PeriodRow> Periods => Set<PeriodRow>();

    public DbSet<ClosureRow> Closures => Set<ClosureRow>();

    public DbSet<TariffPrice> Prices => Set<TariffPrice>();

    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<MealBilling> Billing => Set<MealBilling>();

    protected override string Schema => CantineModule.ModuleId;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var restaurant = modelBuilder.Entity<RestaurantProfile>();
        restaurant.ToTable("restaurants");
        restaurant.HasKey(r => r.ServiceId);
        restaurant.Property(r => r.Name).HasMaxLength(200);
        restaurant.Property(r => r.Address).HasMaxLength(300);
        restaurant.Property(r => r.PracticalInformation).HasMaxLength(2000);

        var billing = modelBuilder.Entity<MealBilling>();
        billing.ToTable("billing");
        billing.HasKey(b => b.ServiceId);
        billing.Property(b => b.Mode).HasConversion<string>().HasMaxLength(20);

        BookingModel.MapSchedule(modelBuilder);

        // A child eats once a day per service.
        BookingModel.MapLines<Booking>(modelBuilder, "bookings", b => new { b.ServiceId, b.ChildId, b.Date });
    }
}

/// <summary>Carries the SQLite migrations.</summary>
public sealed class SqliteCantineDbContext(DbContextOptions<SqliteCantineDbContext> options) : CantineDbContext(options);

/// <summary>Carries the SQL Server migrations.</summary>
public sealed class SqlServerCantineDbContext(DbContextOptions<SqlServerCantineDbContext> options) : CantineDbContext(options);

/// <summary>Carries the PostgreSQL migrations.</summary>
public sealed class PostgreSqlCantineDbContext(DbContextOptions<PostgreSqlCantineDbContext> options) : CantineDbContext(options);
