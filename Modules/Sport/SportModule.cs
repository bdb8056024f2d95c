using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Booking;
using Platform.Core.Data;
using Platform.Core.Jobs;
using Platform.Core.Modularity;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;
using Platform.Modules.Sport.Application;
using Platform.Modules.Sport.Data;
using Platform.Modules.Sport.Endpoints;

namespace Platform.Modules.Sport;

/// <summary>Sport sessions and stages run by a commune or a communauté de communes: registration opening at a set
/// instant, seats counted by the database, waiting lists, on the booking kernel of Core.</summary>
public sealed class SportModule : IModule
{
    public const string ModuleId = "sport";

    public string Id => ModuleId;

    public IEnumerable<ModuleJobSchedule> Jobs => [UnfinishedRefunds<SportBooking>.ScheduleFor(ModuleId), WaitlistJob.Schedule];

    public void Register(ContainerBuilder builder, ModuleContext context)
    {
        builder.RegisterType<SportSchedule>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<SportSetup>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<SportSeats>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<SportBookings>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<SportRosters>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterBookingLines<SportBooking, SportDbContext, SportSeats>(ModuleId);
        builder.RegisterType<SportOrderLines>().As<IOrderLineHandler>().InstancePerLifetimeScope();
        builder.RegisterType<WaitlistJob>().As<IModuleJob>().InstancePerLifetimeScope();
        builder.RegisterType<SportDemo>().As<IDemoSeed>().InstancePerLifetimeScope();
        builder.RegisterType<SportPages>().As<IPageContributions>().InstancePerLifetimeScope();
        builder.RegisterType<SportBookedItems>().As<IBookedItems>().InstancePerLifetimeScope();
        builder.RegisterType<SportCalendar>().As<IFamilyCalendar>().InstancePerLifetimeScope();
    }

    public void AddServices(IServiceCollection services, ModuleContext context) =>
        services.AddModuleDbContext<SportDbContext, SqliteSportDbContext, SqlServerSportDbContext, PostgreSqlSportDbContext>(
            context.Database, ModuleId);

    public void MapEndpoints(ModuleEndpoints endpoints) => SportApi.Map(endpoints);
}
