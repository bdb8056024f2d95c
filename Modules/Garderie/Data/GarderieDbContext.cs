using Microsoft.EntityFrameworkCore;
using Platform.Core.Booking;
using Platform.Core.Data;

namespace Platform.Modules.Garderie.Data;

public class GarderieDbContext(DbContextOptions options) : ModuleDbContext(options), IBookingStore
{
    public DbSet<CareSettings> Settings => Set<CareSettings>();

    public DbSet<CareSlot> Slots => Set<CareSlot>();

    public DbSet<DeadlineSettings> Deadlines => Set<DeadlineSettings>();

    public DbSet<PeriodRow> Periods => Set<PeriodRow>();

    public DbSet<ClosureRow> Closures => Set<ClosureRow>();

    public DbSet<TariffPrice> Prices => Set<TariffPrice>();

    public DbSet<CareBooking> Bookings => Set<CareBooking>();

    public DbSet<Attendance> Attendances => Set<Attendance>();

    protected override string Schema => GarderieModule.ModuleId;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var settings = modelBuilder.Entity<CareSettings>();
        settings.ToTable("settings");
        settings.HasKey(s => s.ServiceId);
        settings.Property(s => s.Billing).HasConversion<string>().HasMaxLength(20);

        var slots = modelBuilder.Entity<CareSlot>();
        slots.ToTable("slots");
        slots.Property(s => s.Label).HasMaxLength(60);
        slots.HasIndex(s => s.ServiceId);

        BookingModel.MapSchedule(modelBuilder);

        // A child holds a slot once a day.
        BookingModel.MapLines<CareBooking>(modelBuilder, "bookings", b => new { b.ServiceId, b.ChildId, b.Date, b.ItemId });

        var attendance = modelBuilder.Entity<Attendance>();
        attendance.ToTable("attendance");
        attendance.Property(a => a.RecordedBy).HasMaxLength(100);
        attendance.HasIndex(a => new { a.ServiceId, a.SlotId, a.Date, a.ChildId }).IsUnique();
        attendance.HasIndex(a => new { a.FamilyId, a.Date });
    }
}

/// <summary>Carries the SQLite migrations.</summary>
public sealed class SqliteGarderieDbContext(DbContextOptions<SqliteGarderieDbContext> options) : GarderieDbContext(options);

/// <summary>Carries the SQL Server migrations.</summary>
public sealed class SqlServerGarderieDbContext(DbContextOptions<SqlServerGarderieDbContext> options) : GarderieDbContext(options);

/// <summary>Carries the PostgreSQL migrations.</summary>
public sealed class PostgreSqlGarderieDbContext(DbContextOptions<PostgreSqlGarderieDbContext> options) : GarderieDbContext(options);
