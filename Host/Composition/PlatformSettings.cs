using Platform.Core.Data;

namespace Platform.Host.Composition;

public enum JobStorageKind
{
    Sqlite,
    SqlServer,
    InMemory,
}

/// <summary>Everything read from configuration before the container is built (docs/operations.md lists the keys).</summary>
public sealed record PlatformSettings(
    string DataDirectory,
    DatabaseSettings Database,
    string PluginsFile,
    string PluginsBaseDirectory,
    JobStorageKind JobStorage,
    string JobConnection,
    bool RunJobServer)
{
    public static PlatformSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var dataDirectory = Path.GetFullPath(configuration["Platform:DataDirectory"] ?? "data", environment.ContentRootPath);
        Directory.CreateDirectory(dataDirectory);

        var provider = Enum.Parse<DatabaseProvider>(configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite), ignoreCase: true);
        var connection = configuration.GetConnectionString("Platform")
            ?? (provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(dataDirectory, "platform.db")};Default Timeout=30"
                : throw new InvalidOperationException($"ConnectionStrings:Platform is required for {provider}."));

        var jobStorage = Enum.Parse<JobStorageKind>(configuration["Jobs:Storage"] ?? nameof(JobStorageKind.Sqlite), ignoreCase: true);
        var jobConnection = jobStorage switch
        {
            JobStorageKind.Sqlite => Path.Combine(dataDirectory, "hangfire.db"),
            JobStorageKind.SqlServer => configuration.GetConnectionString("Jobs") ?? connection,
            _ => "",
        };

        if (environment.IsProduction() && string.IsNullOrWhiteSpace(configuration["Platform:PublicBaseUrl"]))
        {
            // Links in emails must never be built from the request's Host header, which a client can forge.
            throw new InvalidOperationException("Platform:PublicBaseUrl is required in Production (e.g. https://portail.mairie.fr).");
        }

        return new PlatformSettings(
            dataDirectory,
            new DatabaseSettings(provider, connection),
            Path.GetFullPath(configuration["Plugins:File"] ?? "plugins.json", AppContext.BaseDirectory),
            Path.GetFullPath(configuration["Plugins:BaseDirectory"] ?? ".", AppContext.BaseDirectory),
            jobStorage,
            jobConnection,
            configuration.GetValue("Jobs:RunServer", true));
    }
}
