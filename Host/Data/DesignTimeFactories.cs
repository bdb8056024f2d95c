using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Core.Data;

namespace Platform.Host.Data;

internal sealed class SqlitePlatformDesignFactory : IDesignTimeDbContextFactory<SqlitePlatformDbContext>
{
    public SqlitePlatformDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlitePlatformDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design.db").Configure(options, PlatformDbContext.Schema);
        return new SqlitePlatformDbContext(options.Options);
    }
}

internal sealed class SqlServerPlatformDesignFactory : IDesignTimeDbContextFactory<SqlServerPlatformDbContext>
{
    public SqlServerPlatformDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlServerPlatformDbContext>();
        new DatabaseSettings(DatabaseProvider.SqlServer, "Server=design;Database=design;Trusted_Connection=True")
            .Configure(options, PlatformDbContext.Schema);
        return new SqlServerPlatformDbContext(options.Options);
    }
}
