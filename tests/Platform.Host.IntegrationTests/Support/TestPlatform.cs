using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;

namespace Platform.Host.IntegrationTests.Support;

/// <summary>The whole platform in the test host: real plugins from the host's output, a fresh SQLite file and data
/// folder per instance, in-memory job storage without a job server.</summary>
public sealed class TestPlatform : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.portail-famille.fr";
    public const string Password = "Correct-Horse-42!";

    private readonly string? pluginsFile;
    private readonly IReadOnlyDictionary<string, string> extraSettings;

    private readonly TimeProvider? clock;
    private readonly Action<IServiceCollection>? testServices;

    private readonly string? postgresDatabase;

    /// <param name="postgres">Run on a fresh PostgreSQL database (the server named by PLATFORM_TEST_POSTGRES) instead of
    /// a SQLite file.</param>
    public TestPlatform(
        string? pluginsJson = null,
        IReadOnlyDictionary<string, string>? settings = null,
        TimeProvider? clock = null,
        Action<IServiceCollection>? services = null,
        bool postgres = false)
    {
        this.clock = clock;
        testServices = services;
        postgresDatabase = postgres ? $"platform_test_{Guid.NewGuid():N}" : null;
        extraSettings = settings ?? new Dictionary<string, string>();
        DataDirectory = Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        if (pluginsJson is not null)
        {
            pluginsFile = Path.Combine(DataDirectory, "plugins.json");
            File.WriteAllText(pluginsFile, pluginsJson);
        }

        Mailbox = new Mailbox(Path.Combine(DataDirectory, "mail"));
    }

    public string DataDirectory { get; }

    public string DatabaseFile => Path.Combine(DataDirectory, "platform.db");

    public Mailbox Mailbox { get; }

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    /// <summary>A client that keeps cookies and does not follow redirects, as a browser form post would see them.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ClientOptions.BaseAddress, AllowAutoRedirect = false, HandleCookies = true });

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ClientOptions.BaseAddress, AllowAutoRedirect = false, HandleCookies = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Platform:DataDirectory", DataDirectory);
        builder.UseSetting("Plugins:File", pluginsFile ?? Path.Combine(Paths.HostOutput, "plugins.json"));
        builder.UseSetting("Plugins:BaseDirectory", Paths.HostOutput);
        builder.UseSetting("Jobs:Storage", "InMemory");
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Platform:Administrator:Email", AdminEmail);
        builder.UseSetting("Platform:Administrator:Password", Password);
        // Tests sign in many times from one address; the security tests give realistic limits in their settings.
        builder.UseSetting("Security:RateLimits:ClientRequestsPerMinute", "100000");
        builder.UseSetting("Security:RateLimits:LoginAttemptsPerMinute", "100000");
        builder.UseSetting("Security:RateLimits:EmailsPerAddress", "100000");
        if (postgresDatabase is not null)
        {
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:Platform", $"{PostgresServer};Database={postgresDatabase}");
        }
        foreach (var (key, value) in extraSettings)
        {
            builder.UseSetting(key, value);
        }

        // Identity's 100,000 PBKDF2 iterations per sign-up and sign-in were a large share of the suite's CPU; no test
        // depends on the count (production keeps Identity's default).
        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }

        if (testServices is not null)
        {
            builder.ConfigureTestServices(testServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (postgresDatabase is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            using var connection = new Npgsql.NpgsqlConnection($"{PostgresServer};Database=postgres");
            connection.Open();
            using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing request; the temp folder is cleaned by the system.
        }
    }
}
