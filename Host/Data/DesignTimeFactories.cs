using Microsoft.EntityFrameworkCore.Design;
using Platform.Core.Data;

namespace Platform.Host.Data;

internal sealed class SqlitePlatformDesignFactory : IDesignTimeDbContextFactory<SqlitePlatformDbContext>
{
    public SqlitePlatformDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<SqlitePlatformDbContext>(DatabaseProvider.Sqlite, PlatformDbContext.Schema));
}

internal sealed class SqlServerPlatformDesignFactory : IDesignTimeDbContextFactory<SqlServerPlatformDbContext>
{
    public SqlServerPlatformDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<SqlServerPlatformDbContext>(DatabaseProvider.SqlServer, PlatformDbContext.Schema));
}

internal sealed class PostgreSqlPlatformDesignFactory : IDesignTimeDbContextFactory<PostgreSqlPlatformDbContext>
{
    public PostgreSqlPlatformDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<PostgreSqlPlatformDbContext>(DatabaseProvider.PostgreSql, PlatformDbContext.Schema));
}
