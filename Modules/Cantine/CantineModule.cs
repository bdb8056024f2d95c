using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Booking;
using Platform.Core.Data;
using Platform.Core.Jobs;
using Platform.Core.Modularity;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;
using Platform.Modules.Cantine.Application;
using Platform.Modules.Cantine.Data;
using Platform.Modules.Cantine.Endpoints;

namespace Platform.Modules.Cantine;

/// <summary>School meals: the services of each commune, their periods, prices and deadlines, and the meals booked,
/// on the booking kernel of Core.</summary>
public sealed class CantineModule : IModule
{
    public const string ModuleId = "cantine";

    public string Id => ModuleId;

    public IEnumerable<ModuleJobSchedule> Jobs => [UnfinishedRefunds<Booking>.ScheduleFor(ModuleId)];

    public void Register(ContainerBuilder builder, ModuleContext context)
    {
        builder.RegisterType<CantineServices>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<CantineSchedule>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<CantineBookings>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterBookingLines<Booking, CantineDbContext>(ModuleId);
        builder.RegisterType<CantineOrderLines>().As<IOrderLineHandler>().InstancePerLifetimeScope();
        builder.RegisterType<CantineDemo>().As<IDemoSeed>().InstancePerLifetimeScope();
        builder.RegisterType<CantinePages>().As<IPageContributions>().InstancePerLifetimeScope();
        builder.RegisterType<CantineBookedItems>().As<IBookedItems>().InstancePerLifetimeScope();
        builder.RegisterType<CantineCalendar>().As<IFamilyCalendar>().InstancePerLifetimeScope();
        builder.RegisterType<CantineCharges>().As<Core.Billing.IInvoiceCharges>().InstancePerLifetimeScope();
    }

    public void AddServices(IServiceCollection services, ModuleContext context) =>
        services.AddModuleDbContext<CantineDbContext, SqliteCantineDbContext, SqlServerCantineDbContext, PostgreSqlCantineDbContext>(
            context.Database, ModuleId);

    public void MapEndpoints(ModuleEndpoints endpoints) => CantineApi.Map(endpoints);
}
