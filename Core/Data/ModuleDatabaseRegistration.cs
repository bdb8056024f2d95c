using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Core.Data;

public static class ModuleDatabaseRegistration
{
    /// <summary>Registers a module context with one migration set per provider: <typeparamref name="TSqlite"/>,
    /// <typeparamref name="TSqlServer"/> and <typeparamref name="TPostgreSql"/> are thin subclasses that only carry
    /// their migrations.</summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TSqlServer, TPostgreSql>(
        this IServiceCollection services, DatabaseSettings database, string schema)
        where TContext : DbContext
        where TSqlite : TContext
        where TSqlServer : TContext
        where TPostgreSql : TContext
    {
        var registration = new ModuleDatabase<TContext, TSqlite, TSqlServer, TPostgreSql>(schema);
        services.AddSingleton<IModuleDatabase>(registration);
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<TSqlite>(o => database.Configure(o, schema));
                services.AddScoped<TContext>(sp => sp.GetRequiredService<TSqlite>());
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<TSqlServer>(o => database.Configure(o, schema));
                services.AddScoped<TContext>(sp => sp.GetRequiredService<TSqlServer>());
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<TPostgreSql>(o => database.Configure(o, schema));
                services.AddScoped<TContext>(sp => sp.GetRequiredService<TPostgreSql>());
                break;
            default:
                throw new InvalidOperationException($"Unsupported database provider {database.Provider}.");
        }

        return services;
    }

    /// <summary>The same, for plugins that only get an <see cref="IServiceCollection"/> (payment providers keeping data of
    /// their own): the provider is read from the <see cref="DatabaseSettings"/> the host registers.</summary>
    public static IServiceCollection AddPluginDbContext<TContext, TSqlite, TSqlServer, TPostgreSql>(this IServiceCollection services, string schema)
        where TContext : DbContext
        where TSqlite : TContext
        where TSqlServer : TContext
        where TPostgreSql : TContext
    {
        services.AddSingleton<IModuleDatabase>(new ModuleDatabase<TContext, TSqlite, TSqlServer, TPostgreSql>(schema));
        services.AddDbContext<TSqlite>((sp, o) => sp.GetRequiredService<DatabaseSettings>().Configure(o, schema));
        services.AddDbContext<TSqlServer>((sp, o) => sp.GetRequiredService<DatabaseSettings>().Configure(o, schema));
        services.AddDbContext<TPostgreSql>((sp, o) => sp.GetRequiredService<DatabaseSettings>().Configure(o, schema));
        services.AddScoped<TContext>(sp => sp.GetRequiredService<DatabaseSettings>().Provider switch
        {
            DatabaseProvider.Sqlite => sp.GetRequiredService<TSqlite>(),
            DatabaseProvider.SqlServer => sp.GetRequiredService<TSqlServer>(),
            DatabaseProvider.PostgreSql => sp.GetRequiredService<TPostgreSql>(),
            var other => throw new InvalidOperationException($"Unsupported database provider {other}."),
        });
        return services;
    }

    private sealed class ModuleDatabase<TContext, TSqlite, TSqlServer, TPostgreSql>(string schema) : IModuleDatabase
        where TContext : DbContext
        where TSqlite : TContext
        where TSqlServer : TContext
        where TPostgreSql : TContext
    {
        public string Schema => schema;

        public Type ContextType => typeof(TContext);

        public DbContext CreateContext(DatabaseSettings settings) => settings.Provider switch
        {
            DatabaseProvider.Sqlite => Create<TSqlite>(settings),
            DatabaseProvider.SqlServer => Create<TSqlServer>(settings),
            DatabaseProvider.PostgreSql => Create<TPostgreSql>(settings),
            _ => throw new InvalidOperationException($"Unsupported database provider {settings.Provider}."),
        };

        private DbContext Create<T>(DatabaseSettings settings)
            where T : DbContext
        {
            var options = new DbContextOptionsBuilder<T>();
            settings.Configure(options, schema);
            return (T)Activator.CreateInstance(typeof(T), options.Options)!;
        }
    }
}
