using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Core.Booking;

/// <summary>A module's context that books through the kernel: its services' schedules and its booking lines, in its
/// own tables.</summary>
public interface IBookingStore
{
    DbSet<DeadlineSettings> Deadlines { get; }

    DbSet<PeriodRow> Periods { get; }

    DbSet<ClosureRow> Closures { get; }

    DbSet<TariffPrice> Prices { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

/// <summary>Maps the kernel's rows into a module's own schema (<c>deadlines</c>, <c>periods</c>, <c>closures</c>,
/// <c>prices</c>, and the module's line table).</summary>
public static class BookingModel
{
    public const int PriceRuleLength = 120;

    private static readonly JsonSerializerOptions RuleJson = new(JsonSerializerDefaults.Web);

    public static void MapSchedule(ModelBuilder modelBuilder)
    {
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

        var prices = modelBuilder.Entity<TariffPrice>();
        prices.ToTable("prices");
        prices.HasKey(p => new { p.ServiceId, p.ItemId, p.TariffCategoryId });
    }

    /// <param name="oneActivePer">What a child can hold only once at a time (e.g. service and date for a meal): a
    /// unique index over the lines held or confirmed, so the database refuses a double booking.</param>
    public static EntityTypeBuilder<TLine> MapLines<TLine>(ModelBuilder modelBuilder, string table, Expression<Func<TLine, object?>> oneActivePer)
        where TLine : BookingLine
    {
        var lines = modelBuilder.Entity<TLine>();
        lines.ToTable(table);
        lines.Property(b => b.State).HasConversion<string>().HasMaxLength(20);
        lines.Property(b => b.CancellationReason).HasMaxLength(200);
        lines.Property(b => b.PriceRule).HasMaxLength(PriceRuleLength);
        lines.HasIndex(oneActivePer).IsUnique().HasFilter("\"State\" IN ('PendingPayment', 'Confirmed')");
        lines.HasIndex(b => b.OrderId);
        lines.HasIndex(b => new { b.FamilyId, b.Date });
        return lines;
    }

    private static string Serialize(DeadlineRule rule) => JsonSerializer.Serialize(rule, RuleJson);

    private static DeadlineRule Deserialize(string json) => JsonSerializer.Deserialize<DeadlineRule>(json, RuleJson)!;
}
