using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Data;
using Platform.PaymentProviders.Sepa.Data;

namespace Platform.PaymentProviders.Sepa.Tests;

/// <summary>A real SQLite file, migrated with the plugin's migrations; each context is like a separate request.</summary>
internal sealed class SepaDatabase : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"sepa-{Guid.NewGuid():N}.db");

    public SepaDatabase()
    {
        using var db = Context();
        db.Database.Migrate();
    }

    public SqliteSepaDbContext Context()
    {
        var options = new DbContextOptionsBuilder<SqliteSepaDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file};Default Timeout=30").Configure(options, SepaDbContext.SchemaName);
        return new SqliteSepaDbContext(options.Options);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
