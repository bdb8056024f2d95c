using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Core.Data;

namespace Platform.Modules.Cantine.Data;

internal sealed class SqliteCantineDesignFactory : IDesignTimeDbContextFactory<SqliteCantineDbContext>
{
    public SqliteCantineDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteCantineDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design.db").Configure(options, CantineModule.ModuleId);
        return new SqliteCantineDbContext(options.Options);
    }
}

internal sealed class SqlServerCantineDesignFactory : IDesignTimeDbContextFactory<SqlServerCantineDbContext>
{
    public SqlServerCantineDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlServerCantineDbContext>();
        new DatabaseSettings(DatabaseProvider.SqlServer, "Server=design;Database=design;Trusted_Connection=True")
            .Configure(options, CantineModule.ModuleId);
        return new SqlServerCantineDbContext(options.Options);
    }
}
