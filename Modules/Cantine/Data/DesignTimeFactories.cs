using Microsoft.EntityFrameworkCore.Design;
using Platform.Core.Data;

namespace Platform.Modules.Cantine.Data;

internal sealed class SqliteCantineDesignFactory : IDesignTimeDbContextFactory<SqliteCantineDbContext>
{
    public SqliteCantineDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<SqliteCantineDbContext>(DatabaseProvider.Sqlite, CantineModule.ModuleId));
}

internal sealed class SqlServerCantineDesignFactory : IDesignTimeDbContextFactory<SqlServerCantineDbContext>
{
    public SqlServerCantineDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<SqlServerCantineDbContext>(DatabaseProvider.SqlServer, CantineModule.ModuleId));
}

internal sealed class PostgreSqlCantineDesignFactory : IDesignTimeDbContextFactory<PostgreSqlCantineDbContext>
{
    public PostgreSqlCantineDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<PostgreSqlCantineDbContext>(DatabaseProvider.PostgreSql, CantineModule.ModuleId));
}
