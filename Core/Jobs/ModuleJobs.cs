namespace Platform.Core.Jobs;

/// <summary>A recurring job declared by a module: run once per commune where the module is enabled.</summary>
public sealed record ModuleJobSchedule(string JobKey, string Cron)
{
    /// <summary>Also run at every start-up, before the host serves: for jobs that finish what a stopped process left
    /// half-done (a refund after a cancellation). Added in platform API 1.1.</summary>
    public bool AlsoAtStart { get; init; }
}

/// <summary>Implemented inside modules. Must be idempotent: job storages may run a job twice.</summary>
public interface IModuleJob
{
    string Key { get; }

    Task ExecuteAsync(string commune, CancellationToken cancellationToken);
}
