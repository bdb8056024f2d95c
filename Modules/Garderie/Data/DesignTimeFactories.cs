using Microsoft.EntityFrameworkCore.Design;
using Platform.Core.Data;

namespace Platform.Modules.Garderie.Data;

internal sealed class SqliteGarderieDesignFactory : IDesignTimeDbContextFactory<SqliteGarderieDbContext>
{
    public SqliteGarderieDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<SqliteGarderieDbContext>(DatabaseProvider.Sqlite, GarderieModule.ModuleId));
}

internal sealed class SqlServerGarderieDesignFactory : IDesignTimeDbContextFactory<SqlServerGarderieDbContext>
{
    public SqlServerGarderieDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<SqlServerGarderieDbContext>(DatabaseProvider.SqlServer, GarderieModule.ModuleId));
}

internal sealed class PostgreSqlGarderieDesignFactory : IDesignTimeDbContextFactory<PostgreSqlGarderieDbContext>
{
    public PostgreSqlGarderieDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<PostgreSqlGarderieDbContext>(DatabaseProvider.PostgreSql, GarderieModule.ModuleId));
}
