namespace Platform.Core.Jobs;

/// <summary>A recurring job declared by a module: run once per commune where the module is enabled.</summary>
public sealed record ModuleJobSchedule(string JobKey, string Cron);

/// <summary>Implemented inside modules. Must be idempotent: job storages may run a job twice.</summary>
public interface IModuleJob
{
    string Key { get; }

    Task ExecuteAsync(string commune, CancellationToken cancellationToken);
}
