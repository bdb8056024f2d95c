using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Data;
using Platform.Core.Booking;

namespace Platform.Modules.Cantine.Data;

public class CantineDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    private static readonly JsonSerializerOptions RuleJson = new(JsonSerializerDefaults.Web);

    public DbSet<RestaurantProfile> Restaurants => Set<RestaurantProfile>();

    public DbSet<DeadlineSettings> Deadlines => Set<DeadlineSettings>();

    public DbSet<PeriodRow> Periods => Set<PeriodRow>();

    public DbSet<ClosureRow> Closures => Set<ClosureRow>();

    public DbSet<MealPrice> Prices => Set<MealPrice>();

    public DbSet<Booking> Bookings => Set<Booking>();

    protected override string Schema => CantineModule.ModuleId;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var restaurant = modelBuilder.Entity<RestaurantProfile>();
        restaurant.ToTable("restaurants");
        restaurant.HasKey(r => r.ServiceId);
        restaurant.Property(r => r.Name).HasMaxLength(200);
        restaurant.Property(r => r.Address).HasMaxLength(300);
        restaurant.Property(r => r.PracticalInformation).HasMaxLength(2000);

        var deadlines = modelBuilder.Entity<DeadlineSettings>();
        deadlines.ToTable("deadlines");
        deadlines.HasKey(d => d.ServiceId);
        deadlines.Property(d => d.Booking).HasConversion(r => Serialize(r), s => Deserialize(s)).HasMaxLength(400);
        deadlines.Property(d => d.Cancellation).HasConversion(r => Serialize(r), s => Deserialize(s)).HasMaxLength(400);

        var periods = modelBuilder.Entity<PeriodRow>();
        periods.ToTable("periods");
        periods.Property(p => p.Label).HasMaxLength(100);
        periods.HasIndex(p => p.ServiceId);

        var closures = modelBuilder.Entity<ClosureRow>();
        closures.ToTable("closures");
        closures.Property(c => c.Reason).HasMaxLength(200);
        closures.HasIndex(c => new { c.ServiceId, c.Date }).IsUnique();

        var prices = modelBuilder.Entity<MealPrice>();
        prices.ToTable("prices");
        prices.HasKey(p => new { p.ServiceId, p.TariffCategoryId });

        var bookings = modelBuilder.Entity<Booking>();
        bookings.ToTable("bookings");
        bookings.Property(b => b.State).HasConversion<string>().HasMaxLength(20);
        bookings.Property(b => b.CancellationReason).HasMaxLength(200);
        // A child eats once a day per service: at most one booking held or confirmed, enforced by the database.
        bookings.HasIndex(b => new { b.ServiceId, b.ChildId, b.Date }).IsUnique().HasFilter("\"State\" IN ('PendingPayment', 'Confirmed')");
        bookings.HasIndex(b => b.OrderId);
        bookings.HasIndex(b => new { b.FamilyId, b.Date });
    }

    private static string Serialize(DeadlineRule rule) => JsonSerializer.Serialize(rule, RuleJson);

    private static DeadlineRule Deserialize(string json) => JsonSerializer.Deserialize<DeadlineRule>(json, RuleJson)!;
}

/// <summary>Carries the SQLite migrations.</summary>
public sealed class SqliteCantineDbContext(DbContextOptions<SqliteCantineDbContext> options) : CantineDbContext(options);

/// <summary>Carries the SQL Server migrations.</summary>
public sealed class SqlServerCantineDbContext(DbContextOptions<SqlServerCantineDbContext> options) : CantineDbContext(options);

/// <summary>Carries the PostgreSQL migrations.</summary>
public sealed class PostgreSqlCantineDbContext(DbContextOptions<PostgreSqlCantineDbContext> options) : CantineDbContext(options);
