using Microsoft.EntityFrameworkCore;
using Platform.Core.Booking;
using Platform.Core.Data;

namespace Platform.Modules.Sport.Data;

public class SportDbContext(DbContextOptions options) : ModuleDbContext(options), IBookingStore
{
    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<WaitlistEntry> Waitlist => Set<WaitlistEntry>();

    public DbSet<DeadlineSettings> Deadlines => Set<DeadlineSettings>();

    public DbSet<PeriodRow> Periods => Set<PeriodRow>();

    public DbSet<ClosureRow> Closures => Set<ClosureRow>();

    public DbSet<TariffPrice> Prices => Set<TariffPrice>();

    public DbSet<SportBooking> Bookings => Set<SportBooking>();

    protected override string Schema => SportModule.ModuleId;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var activities = modelBuilder.Entity<Activity>();
        activities.ToTable("activities");
        activities.Property(a => a.Name).HasMaxLength(120);
        activities.Property(a => a.Place).HasMaxLength(200);
        activities.Property(a => a.MinClass).HasMaxLength(4);
        activities.Property(a => a.MaxClass).HasMaxLength(4);
        activities.HasIndex(a => a.ServiceId);

        var sessions = modelBuilder.Entity<Session>();
        sessions.ToTable("sessions", t => t.HasCheckConstraint("CK_sport_sessions_taken", "\"Taken\" >= 0"));
        sessions.HasIndex(s => new { s.ServiceId, s.Date });
        sessions.HasIndex(s => s.ActivityId);

        var waitlist = modelBuilder.Entity<WaitlistEntry>();
        waitlist.ToTable("waitlist");
        waitlist.Property(w => w.State).HasConversion<string>().HasMaxLength(20);
        waitlist.Property(w => w.Id).ValueGeneratedOnAdd();
        waitlist.HasIndex(w => new { w.SessionId, w.State });
        // A child waits once per session.
        waitlist.HasIndex(w => new { w.SessionId, w.ChildId }).IsUnique().HasFilter("\"State\" IN ('Waiting', 'Offered')");

        BookingModel.MapSchedule(modelBuilder);

        // A child holds one seat per session.
        BookingModel.MapLines<SportBooking>(modelBuilder, "bookings", b => new { b.ItemId, b.ChildId });
    }
}

/// <summary>Carries the SQLite migrations.</summary>
public sealed class SqliteSportDbContext(DbContextOptions<SqliteSportDbContext> options) : SportDbContext(options);

/// <summary>Carries the SQL Server migrations.</summary>
public sealed class SqlServerSportDbContext(DbContextOptions<SqlServerSportDbContext> options) : SportDbContext(options);

/// <summary>Carries the PostgreSQL migrations.</summary>
public sealed class PostgreSqlSportDbContext(DbContextOptions<PostgreSqlSportDbContext> options) : SportDbContext(options);
