using Microsoft.EntityFrameworkCore;

namespace Platform.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>The one database every context of the platform lives in (docs/adr/0005).</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>Points a context at the database, with the migration history table of its schema.</summary>
    public void Configure(DbContextOptionsBuilder options, string schema)
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(ConnectionString, o => o.MigrationsHistoryTable($"__ef_history_{schema}")).AddInterceptors(SqliteBusyTimeout.Instance, SqliteWriteGate.Instance);
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(ConnectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory", schema));
                break;
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(Tuned(ConnectionString), o => o.MigrationsHistoryTable("__EFMigrationsHistory", schema));
                break;
            default:
                throw new InvalidOperationException($"Unsupported database provider {Provider}.");
        }
    }

    /// <summary>PostgreSQL without a round trip per pooled connection (Npgsql resets each one with DISCARD ALL, which
    /// also drops prepared statements; EF Core sets no session state to reset) and with its frequent statements
    /// prepared. An operator's own values for these keys win.</summary>
    private static string Tuned(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var given = connectionString.ToUpperInvariant();
        if (!given.Contains("NO RESET ON CLOSE", StringComparison.Ordinal))
        {
            builder.NoResetOnClose = true;
        }

        if (!given.Contains("MAX AUTO PREPARE", StringComparison.Ordinal))
        {
            builder.MaxAutoPrepare = 100;
        }

        return builder.ConnectionString;
    }
}
