using Autofac;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Core.Modularity;

/// <summary>Entry point of a business module (Cantine, Garderie, …), found by the host in the plugin assembly.</summary>
public interface IModule
{
    /// <summary>Lower-case id, equal to the id in plugin.json ("cantine").</summary>
    string Id { get; }

    /// <summary>Autofac registrations of the module's own (internal) services.</summary>
    void Register(ContainerBuilder builder, ModuleContext context);

    /// <summary>Registrations that only exist as IServiceCollection extensions (the module's DbContext).</summary>
    void AddServices(IServiceCollection services, ModuleContext context);

    /// <summary>Maps the module's JSON API. The groups are already authorised and filtered by the host.</summary>
    void MapEndpoints(ModuleEndpoints endpoints);

    /// <summary>Recurring jobs of the module, run through <see cref="Jobs.ModuleJobRunner"/>.</summary>
    IEnumerable<Jobs.ModuleJobSchedule> Jobs { get; }
}
