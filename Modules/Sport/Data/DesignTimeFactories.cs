using Microsoft.EntityFrameworkCore.Design;
using Platform.Core.Data;

namespace Platform.Modules.Sport.Data;

internal sealed class SqliteSportDesignFactory : IDesignTimeDbContextFactory<SqliteSportDbContext>
{
    public SqliteSportDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<SqliteSportDbContext>(DatabaseProvider.Sqlite, SportModule.ModuleId));
}

internal sealed class SqlServerSportDesignFactory : IDesignTimeDbContextFactory<SqlServerSportDbContext>
{
    public SqlServerSportDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<SqlServerSportDbContext>(DatabaseProvider.SqlServer, SportModule.ModuleId));
}

internal sealed class PostgreSqlSportDesignFactory : IDesignTimeDbContextFactory<PostgreSqlSportDbContext>
{
    public PostgreSqlSportDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<PostgreSqlSportDbContext>(DatabaseProvider.PostgreSql, SportModule.ModuleId));
}
