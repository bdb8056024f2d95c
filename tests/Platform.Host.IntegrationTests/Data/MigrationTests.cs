using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Data;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Data;

/// <summary>Every context registered by the host and its plugins, on both providers.</summary>
public sealed class MigrationTests : IClassFixture<MigrationTests.Started>
{
    private static readonly DatabaseSettings SqlServer = new(DatabaseProvider.SqlServer, "Server=none;Database=none;Trusted_Connection=True;Encrypt=False");
    private readonly Started started;

    public MigrationTests(Started started) => this.started = started;

    public static TheoryData<DatabaseProvider> Providers() => new(DatabaseProvider.Sqlite, DatabaseProvider.SqlServer, DatabaseProvider.PostgreSql);

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_context_has_migrations_matching_its_model(DatabaseProvider provider)
    {
        var settings = provider switch
        {
            DatabaseProvider.Sqlite => new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={started.Platform.DatabaseFile}"),
            DatabaseProvider.PostgreSql => new DatabaseSettings(DatabaseProvider.PostgreSql, "Host=none;Database=none"),
            _ => SqlServer,
        };
        var databases = started.Platform.Services.GetServices<IModuleDatabase>().ToList();
        Assert.Equal(["platform", "cantine", "garderie", "sport", "wallet", "billing", "sepa"], databases.Select(d => d.Schema));

        foreach (var database in databases)
        {
            using var context = database.CreateContext(settings);
            Assert.NotEmpty(context.Database.GetMigrations());
            Assert.False(context.Database.HasPendingModelChanges(), $"{database.Schema} on {provider}: the model has changes without a migration");
            var script = context.GetService<IMigrator>().GenerateScript();
            Assert.Contains("CREATE TABLE", script, StringComparison.Ordinal);
            var qualified = provider switch
            {
                DatabaseProvider.SqlServer => $"[{database.Schema}].",
                DatabaseProvider.PostgreSql => $"{database.Schema}.",
                _ => $"\"{database.Schema}_",
            };
            Assert.Contains(qualified, script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Sqlite_migrations_are_applied_for_real()
    {
        using var scope = started.Platform.Services.CreateScope();
        foreach (var database in scope.ServiceProvider.GetServices<IModuleDatabase>())
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            Assert.Equal(context.Database.GetMigrations(), context.Database.GetAppliedMigrations());
        }
    }

    [Fact]
    public async Task A_migration_lock_left_by_a_crashed_start_does_not_block_the_next_start()
    {
        var databaseFile = Path.Combine(Path.GetTempPath(), "platform-tests", $"crashed-{Guid.NewGuid():N}.db");
        using (var first = new TestPlatform())
        {
            await first.AdminAsync();
            File.Copy(first.DatabaseFile, databaseFile);
        }

        // What EF Core's SQLite migration lock leaves behind when the process dies while migrating.
        SqliteInspector.Execute(databaseFile, "CREATE TABLE IF NOT EXISTS __EFMigrationsLock (Id INTEGER NOT NULL PRIMARY KEY, Timestamp TEXT NOT NULL)");
        SqliteInspector.Execute(databaseFile, "INSERT INTO __EFMigrationsLock (Id, Timestamp) VALUES (1, '2026-01-01 10:00:00+00:00')");
        using var second = new TestPlatform();
        File.Copy(databaseFile, second.DatabaseFile);

        var started = await Task.WhenAny(second.AdminAsync(), Task.Delay(TimeSpan.FromSeconds(60)));

        Assert.True(started is Task<HttpClient>, "the host did not start within 60 s");
        Assert.Equal(0, SqliteInspector.Snapshot(second).GetValueOrDefault("__EFMigrationsLock"));
    }

    public sealed class Started : IAsyncLifetime
    {
        public TestPlatform Platform { get; } = new();

        public async Task InitializeAsync() => await Platform.AdminAsync();

        public Task DisposeAsync()
        {
            Platform.Dispose();
            return Task.CompletedTask;
        }
    }
}
