using Microsoft.EntityFrameworkCore;
using Platform.Core.Data;

namespace Platform.Modules.Cantine.Data;

public class CantineDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<RestaurantProfile> Restaurants => Set<RestaurantProfile>();

    protected override string Schema => CantineModule.ModuleId;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var restaurant = modelBuilder.Entity<RestaurantProfile>();
        restaurant.ToTable("restaurants");
        restaurant.HasKey(r => r.ServiceId);
        restaurant.Property(r => r.Name).HasMaxLength(200);
        restaurant.Property(r => r.Address).HasMaxLength(300);
        restaurant.Property(r => r.PracticalInformation).HasMaxLength(2000);
    }
}

/// <summary>Carries the SQLite migrations.</summary>
public sealed class SqliteCantineDbContext(DbContextOptions<SqliteCantineDbContext> options) : CantineDbContext(options);

/// <summary>Carries the SQL Server migrations.</summary>
public sealed class SqlServerCantineDbContext(DbContextOptions<SqlServerCantineDbContext> options) : CantineDbContext(options);
