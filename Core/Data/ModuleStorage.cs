using Microsoft.EntityFrameworkCore;

namespace Platform.Core.Data;

/// <summary>Keeps each context's tables apart: a schema per context on SQL Server, a table prefix in the single
/// SQLite file (SQLite has no schemas).</summary>
public static class ModuleStorage
{
    public static void Apply(ModelBuilder modelBuilder, string schema, string? providerName)
    {
        if (providerName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            foreach (var entity in modelBuilder.Model.GetEntityTypes())
            {
                var table = entity.GetTableName();
                if (table is not null && entity.BaseType is null && !table.StartsWith(schema + "_", StringComparison.Ordinal))
                {
                    entity.SetTableName($"{schema}_{table}");
                }
            }
        }
        else
        {
            modelBuilder.HasDefaultSchema(schema);
        }
    }
}
