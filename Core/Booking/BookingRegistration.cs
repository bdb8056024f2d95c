using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Platform.Core.Jobs;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;

namespace Platform.Core.Booking;

/// <summary>Registers a booking module's lines and its refunds job (schedule it with
/// <see cref="UnfinishedRefunds{TLine}.ScheduleFor"/>), the same way for every module.</summary>
public static class BookingRegistration
{
    /// <typeparam name="TContext">The module's context holding the lines.</typeparam>
    public static void RegisterBookingLines<TLine, TContext>(this ContainerBuilder builder, string moduleId)
        where TLine : BookingLine
        where TContext : DbContext =>
        Register<TLine, TContext>(builder, moduleId, _ => null);

    /// <summary>For a module that counts seats: its counter is given every release and cancellation.</summary>
    public static void RegisterBookingLines<TLine, TContext, TSeats>(this ContainerBuilder builder, string moduleId)
        where TLine : BookingLine
        where TContext : DbContext
        where TSeats : class, ISeatCounter =>
        Register<TLine, TContext>(builder, moduleId, c => c.Resolve<TSeats>());

    private static void Register<TLine, TContext>(ContainerBuilder builder, string moduleId, Func<IComponentContext, ISeatCounter?> seats)
        where TLine : BookingLine
        where TContext : DbContext
    {
        builder.Register(c => new BookingLines<TLine>(c.Resolve<TContext>(), c.Resolve<IOrderRefunds>(), c.Resolve<TimeProvider>(), seats(c)))
            .AsSelf().InstancePerLifetimeScope();
        builder.Register(c => new UnfinishedRefunds<TLine>(
                moduleId, c.Resolve<BookingLines<TLine>>(), c.Resolve<IServiceCatalog>(), c.Resolve<IConfiguration>(), c.Resolve<TimeProvider>(),
                c.Resolve<ILogger<UnfinishedRefunds<TLine>>>()))
            .As<IModuleJob>().InstancePerLifetimeScope();
    }
}
