using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Moq;
using Platform.Core.Tenancy;
using Platform.Modules.Cantine.Application;
using Platform.Modules.Cantine.Data;
using Xunit;

namespace Platform.Modules.Cantine.Tests;

/// <summary>The module's application service over its real migrated SQLite tables; the platform's catalog is the
/// seam (a Core port), so it is the only thing mocked.</summary>
public sealed class CantineServicesTests : IDisposable
{
    private static readonly ServiceSummary Baneins = new(
        Guid.NewGuid(), "baneins", "Baneins", "cantine", Guid.NewGuid(), "Service cantine – Baneins", null,
        [new TariffCategorySummary(Guid.NewGuid(), "Service cantine")], []);

    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly Mock<IServiceCatalog> catalog = new();
    private readonly SqliteCantineDbContext db;

    public CantineServicesTests()
    {
        connection.Open();
        var options = new DbContextOptionsBuilder<SqliteCantineDbContext>()
            .UseSqlite(connection, o => o.MigrationsHistoryTable("__ef_history_cantine"))
            .Options;
        db = new SqliteCantineDbContext(options);
        db.Database.Migrate();
        catalog.Setup(c => c.ListAsync("baneins", "cantine", It.IsAny<CancellationToken>())).ReturnsAsync([Baneins]);
        catalog.Setup(c => c.FindAsync(Baneins.Id, It.IsAny<CancellationToken>())).ReturnsAsync(Baneins);
    }

    [Fact]
    public async Task ListAsync_service_without_restaurant_lists_it_without_one()
    {
        var services = await new CantineServices(catalog.Object, db).ListAsync("baneins", CancellationToken.None);

        var only = Assert.Single(services);
        Assert.Equal(Baneins, only.Service);
        Assert.Null(only.Restaurant);
    }

    [Fact]
    public async Task SetRestaurantAsync_twice_keeps_one_row_with_the_last_values()
    {
        var service = new CantineServices(catalog.Object, db);

        await service.SetRestaurantAsync(Baneins.Id, new RestaurantView("Restaurant scolaire", null, null), CancellationToken.None);
        await service.SetRestaurantAsync(Baneins.Id, new RestaurantView(" Restaurant des Étangs ", "Place de la mairie", "Repas à 11 h 45"), CancellationToken.None);

        var row = Assert.Single(await db.Restaurants.AsNoTracking().ToListAsync());
        Assert.Equal("Restaurant des Étangs", row.Name);
        Assert.Equal("Place de la mairie", row.Address);
        var listed = Assert.Single(await service.ListAsync("baneins", CancellationToken.None));
        Assert.Equal("Restaurant des Étangs", listed.Restaurant!.Name);
    }

    [Fact]
    public async Task SetRestaurantAsync_unknown_or_foreign_service_writes_nothing()
    {
        var garderie = Baneins with { Id = Guid.NewGuid(), ModuleId = "garderie" };
        catalog.Setup(c => c.FindAsync(garderie.Id, It.IsAny<CancellationToken>())).ReturnsAsync(garderie);
        var service = new CantineServices(catalog.Object, db);

        Assert.Null(await service.SetRestaurantAsync(Guid.NewGuid(), new RestaurantView("X", null, null), CancellationToken.None));
        Assert.Null(await service.SetRestaurantAsync(garderie.Id, new RestaurantView("X", null, null), CancellationToken.None));
        Assert.Empty(await db.Restaurants.ToListAsync());
    }

    [Fact]
    public void Sqlite_tables_carry_the_module_prefix()
    {
        Assert.Equal("cantine_restaurants", db.Model.FindEntityType(typeof(RestaurantProfile))!.GetTableName());
    }

    public void Dispose()
    {
        db.Dispose();
        connection.Dispose();
    }
}
