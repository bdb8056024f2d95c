using Microsoft.EntityFrameworkCore;

namespace Platform.Core.Data;

/// <summary>Options for the design-time factories that dotnet-ef uses to create each provider's migrations (no
/// database is opened).</summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<T> For<T>(DatabaseProvider provider, string schema)
        where T : DbContext
    {
        var options = new DbContextOptionsBuilder<T>();
        var connection = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=design.db",
            DatabaseProvider.PostgreSql => "Host=design;Database=design",
            _ => "Server=design;Database=design;Trusted_Connection=True",
        };
        new DatabaseSettings(provider, connection).Configure(options, schema);
        return options.Options;
    }
}
