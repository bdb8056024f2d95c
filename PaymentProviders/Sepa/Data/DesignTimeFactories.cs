using Microsoft.EntityFrameworkCore.Design;
using Platform.Core.Data;

namespace Platform.PaymentProviders.Sepa.Data;

internal sealed class SqliteSepaDesignFactory : IDesignTimeDbContextFactory<SqliteSepaDbContext>
{
    public SqliteSepaDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<SqliteSepaDbContext>(DatabaseProvider.Sqlite, SepaDbContext.SchemaName));
}

internal sealed class SqlServerSepaDesignFactory : IDesignTimeDbContextFactory<SqlServerSepaDbContext>
{
    public SqlServerSepaDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<SqlServerSepaDbContext>(DatabaseProvider.SqlServer, SepaDbContext.SchemaName));
}

internal sealed class PostgreSqlSepaDesignFactory : IDesignTimeDbContextFactory<PostgreSqlSepaDbContext>
{
    public PostgreSqlSepaDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<PostgreSqlSepaDbContext>(DatabaseProvider.PostgreSql, SepaDbContext.SchemaName));
}
