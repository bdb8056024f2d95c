using Platform.Core.Tenancy;

namespace Platform.Core.Jobs;

/// <summary>The only job type Hangfire ever stores, so no plugin type name reaches job storage (docs/adr/0007).</summary>
public sealed class ModuleJobRunner(IEnumerable<IModuleJob> jobs, IPlatformFeatures features)
{
    public async Task RunAsync(string jobKey, string moduleId, string commune, CancellationToken cancellationToken)
    {
        if (!await features.IsModuleEnabledAsync(commune, moduleId, cancellationToken))
        {
            return;
        }

        var job = jobs.SingleOrDefault(j => j.Key == jobKey)
            ?? throw new InvalidOperationException($"No module job is registered with key '{jobKey}'.");
        await job.ExecuteAsync(commune, cancellationToken);
    }
}
