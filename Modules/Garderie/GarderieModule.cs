using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Billing;
using Platform.Core.Booking;
using Platform.Core.Data;
using Platform.Core.Jobs;
using Platform.Core.Modularity;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;
using Platform.Modules.Garderie.Application;
using Platform.Modules.Garderie.Data;
using Platform.Modules.Garderie.Endpoints;

namespace Platform.Modules.Garderie;

/// <summary>After-school care: slots per service and day, booked like meals on the booking kernel of Core, paid at
/// booking or billed monthly, with the staff's record of presence and late pick-up charges.</summary>
public sealed class GarderieModule : IModule
{
    public const string ModuleId = "garderie";

    public string Id => ModuleId;

    public IEnumerable<ModuleJobSchedule> Jobs => [UnfinishedRefunds<CareBooking>.ScheduleFor(ModuleId)];

    public void Register(ContainerBuilder builder, ModuleContext context)
    {
        builder.RegisterType<GarderieSchedule>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<GarderieSetup>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<GarderieBookings>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<GarderieAttendance>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterBookingLines<CareBooking, GarderieDbContext>(ModuleId);
        builder.RegisterType<GarderieOrderLines>().As<IOrderLineHandler>().InstancePerLifetimeScope();
        builder.RegisterType<GarderieDemo>().As<IDemoSeed>().InstancePerLifetimeScope();
        builder.RegisterType<GarderiePages>().As<IPageContributions>().InstancePerLifetimeScope();
        builder.RegisterType<GarderieBookedItems>().As<IBookedItems>().InstancePerLifetimeScope();
        builder.RegisterType<GarderieCalendar>().As<IFamilyCalendar>().InstancePerLifetimeScope();
        builder.RegisterType<GarderieCharges>().As<IInvoiceCharges>().InstancePerLifetimeScope();
    }

    public void AddServices(IServiceCollection services, ModuleContext context) =>
        services.AddModuleDbContext<GarderieDbContext, SqliteGarderieDbContext, SqlServerGarderieDbContext, PostgreSqlGarderieDbContext>(
            context.Database, ModuleId);

    public void MapEndpoints(ModuleEndpoints endpoints) => GarderieApi.Map(endpoints);
}
