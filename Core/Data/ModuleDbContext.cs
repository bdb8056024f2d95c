using Microsoft.EntityFrameworkCore;

namespace Platform.Core.Data;

/// <summary>Base of every module's context: owns one schema (or table prefix) and nothing else.</summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The module id, used as schema name and SQLite table prefix.</summary>
    protected abstract string Schema { get; }

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureModel(modelBuilder);
        ModuleStorage.Apply(modelBuilder, Schema, Database.ProviderName);
    }
}
