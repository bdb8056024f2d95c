using Platform.Core.Application;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Data;
using Platform.Core.Jobs;
using Platform.Host.Accounts;
using Platform.Host.Data;
using Platform.Host.Demo;
using Platform.Host.Ordering;
using Platform.Host.Plugins;
using Platform.Host.Tenancy;

namespace Platform.Host.Composition;

/// <summary>Brings the database and configuration up to date at start-up, in a fixed order.</summary>
internal sealed class PlatformInitialiser(
    IServiceProvider services,
    IEnumerable<IModuleDatabase> databases,
    PlatformSettings settings,
    PlatformDbContext db,
    RoleManager<IdentityRole<Guid>> roles,
    UserManager<PlatformUser> users,
    TenancyAdminService tenancy,
    DemoSeeder demo,
    LoadedPlugins modules,
    IConfiguration configuration,
    ILogger<PlatformInitialiser> logger)
{
    /// <summary>A lock row older than this was left by a process that died while migrating.</summary>
    private static readonly TimeSpan StaleMigrationLock = TimeSpan.FromMinutes(2);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var problem in modules.Problems)
        {
            logger.LogError("{Problem}", problem);
        }

        logger.LogInformation(
            "Modules loaded: {Modules}; payment providers: {Providers}",
            string.Join(", ", modules.All.Select(m => $"{m.Manifest.Id} {m.Manifest.Version}")),
            string.Join(", ", modules.Providers.Select(p => $"{p.Manifest.Id} {p.Manifest.Version}")));
        await PrepareSqliteAsync(cancellationToken);
        foreach (var database in databases)
        {
            var context = (DbContext)services.GetRequiredService(database.ContextType);
            await context.Database.MigrateAsync(cancellationToken);
        }

        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            await roles.CreateAsync(new IdentityRole<Guid>(role));
        }

        await EnsureCollectiviteAsync(cancellationToken);
        await EnsureAdministratorAsync();
        if (configuration.GetValue("Demo:Enabled", false))
        {
            if (!await db.Communes.AnyAsync(cancellationToken))
            {
                await demo.SeedAsync(cancellationToken);
            }

            logger.LogWarning(
                "Demo logins (password {Password}): parent {Parent}, agent {Agent}, administrator {Admin}",
                DemoSeeder.Password, DemoSeeder.ParentEmail, DemoSeeder.AgentEmail, configuration["Platform:Administrator:Email"]);
        }

        await tenancy.SeedMissingFeaturesAsync(cancellationToken);
        await ScheduleModuleJobsAsync(cancellationToken);
        await SettleWhatAStopLeftAsync(cancellationToken);
    }

    /// <summary>Runs the orders job, and the module jobs that ask for it, once before serving: money a stopped process
    /// left half-moved is settled at the restart, not a minute later. Bounded, and never fatal: the recurring jobs
    /// finish what this does not.</summary>
    private async Task SettleWhatAStopLeftAsync(CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            await services.GetRequiredService<OrderJobs>().RunAsync(bounded.Token);
            var runner = services.GetRequiredService<ModuleJobRunner>();
            var communes = await db.Communes.Select(c => c.Slug).ToListAsync(bounded.Token);
            foreach (var (module, job) in modules.All.SelectMany(m => m.Module.Jobs.Where(j => j.AlsoAtStart).Select(j => (m.Manifest.Id, j))))
            {
                foreach (var commune in communes)
                {
                    await runner.RunAsync(job.JobKey, module, commune, bounded.Token);
                }
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "The start-up run of the orders job did not finish; the recurring job will.");
        }
    }

    private async Task PrepareSqliteAsync(CancellationToken cancellationToken)
    {
        if (settings.Database.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        await using var connection = new SqliteConnection(settings.Database.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        // Write-ahead logging: readers never block the writer, so several requests (or several hosts on one file)
        // wait for each other briefly instead of failing with "database is locked". The mode stays with the file.
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return;
        }

        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT Id, Timestamp FROM __EFMigrationsLock";
        var stale = new List<long>();
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var taken = DateTimeOffset.TryParse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var t)
                    ? t
                    : DateTimeOffset.MinValue;
                if (DateTimeOffset.UtcNow - taken > StaleMigrationLock)
                {
                    stale.Add(reader.GetInt64(0));
                }
            }
        }

        foreach (var id in stale)
        {
            logger.LogWarning("Removing the migration lock {Id} left by a process that stopped while migrating.", id);
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM __EFMigrationsLock WHERE Id = $id";
            delete.Parameters.AddWithValue("$id", id);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task EnsureCollectiviteAsync(CancellationToken cancellationToken)
    {
        if (await db.Collectivites.AnyAsync(cancellationToken))
        {
            return;
        }

        db.Collectivites.Add(new Collectivite
        {
            Id = Guid.NewGuid(),
            Slug = configuration["Platform:Collectivite:Slug"] ?? "dombes",
            Name = configuration["Platform:Collectivite:Name"] ?? "Communauté de communes de la Dombes",
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The first administrator comes from configuration (Platform:Administrator:Email/Password).</summary>
    private async Task EnsureAdministratorAsync()
    {
        var email = configuration["Platform:Administrator:Email"];
        var password = configuration["Platform:Administrator:Password"];
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(password) || await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var admin = new PlatformUser { Id = Guid.NewGuid(), Email = email, UserName = email, EmailConfirmed = true, FirstName = "Administrateur", LastName = "Plateforme" };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"The configured administrator cannot be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(admin, Roles.Administrator);
    }

    /// <summary>One recurring job per module job and commune; jobs of modules no longer loaded are removed.</summary>
    private async Task ScheduleModuleJobsAsync(CancellationToken cancellationToken)
    {
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        var communes = await db.Communes.Select(c => c.Slug).ToListAsync(cancellationToken);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var module in modules.All)
        {
            foreach (var job in module.Module.Jobs)
            {
                foreach (var commune in communes)
                {
                    var id = $"module:{commune}:{job.JobKey}";
                    var (key, moduleId, slug) = (job.JobKey, module.Manifest.Id, commune);
                    recurring.AddOrUpdate<ModuleJobRunner>(id, r => r.RunAsync(key, moduleId, slug, CancellationToken.None), job.Cron, new RecurringJobOptions { TimeZone = ParisTime.Zone });
                    wanted.Add(id);
                }
            }
        }

        recurring.AddOrUpdate<OrderJobs>(OrderJobs.JobId, j => j.RunAsync(CancellationToken.None), Cron.Minutely());
        using var connection = services.GetRequiredService<JobStorage>().GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Where(j => j.Id.StartsWith("module:", StringComparison.Ordinal) && !wanted.Contains(j.Id)))
        {
            recurring.RemoveIfExists(stale.Id);
        }
    }
}
