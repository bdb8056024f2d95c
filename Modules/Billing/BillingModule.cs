using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Data;
using Platform.Core.Jobs;
using Platform.Core.Modularity;
using Platform.Core.Ordering;
using Platform.Modules.Billing.Application;
using Platform.Modules.Billing.Data;
using Platform.Modules.Billing.Endpoints;

namespace Platform.Modules.Billing;

/// <summary>Monthly invoices of the régies that bill after the fact: the modules' post-paid charges, gap-free numbers,
/// PDFs, what families still owe and how they pay it, credit notes and credits kept by régie.</summary>
public sealed class BillingModule : IModule
{
    public const string ModuleId = "billing";

    public string Id => ModuleId;

    public IEnumerable<ModuleJobSchedule> Jobs => [new(MonthlyInvoicesJob.JobKey, MonthlyInvoicesJob.Cron), DirectDebitsJob.Schedule];

    public void Register(ContainerBuilder builder, ModuleContext context)
    {
        builder.RegisterType<InvoiceRun>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<InvoiceNotices>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<InvoicePayments>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<FamilyInvoices>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<RegieInvoices>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<CreditNotes>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<InvoiceDocuments>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<InvoiceOrders>().As<IOrderLineHandler>().InstancePerLifetimeScope();
        builder.RegisterType<InvoiceCheckout>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<InvoicePurpose>().As<IOrderPurpose>().SingleInstance();
        builder.RegisterType<MonthlyInvoicesJob>().As<IModuleJob>().InstancePerLifetimeScope();
        builder.RegisterType<InvoiceDirectDebits>().AsSelf().As<Core.Billing.IDirectDebitOutcomes>().InstancePerLifetimeScope();
        builder.RegisterType<DirectDebitsJob>().As<IModuleJob>().InstancePerLifetimeScope();
        builder.RegisterType<Exports.PesExports>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<Exports.AccountingExports>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<Tariffs.BillingTariffRules>().AsSelf().As<Core.Booking.ITariffRules>().InstancePerLifetimeScope();
        builder.RegisterType<Tariffs.QuotientDeclarations>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<Absences.FamilyAbsences>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<Tariffs.TariffDemo>().As<IDemoSeed>().InstancePerLifetimeScope();
        builder.RegisterType<InvoiceCredits>().As<Core.Billing.IInvoiceCredits>().InstancePerLifetimeScope();
        builder.RegisterType<BillingHistory>().As<IAccountHistory>().InstancePerLifetimeScope();
        builder.RegisterType<BillingPages>().As<IPageContributions>().InstancePerLifetimeScope();
        builder.RegisterType<BillingDemo>().As<IDemoSeed>().InstancePerLifetimeScope();
    }

    public void AddServices(IServiceCollection services, ModuleContext context) =>
        services.AddModuleDbContext<BillingDbContext, SqliteBillingDbContext, SqlServerBillingDbContext, PostgreSqlBillingDbContext>(context.Database, ModuleId);

    public void MapEndpoints(ModuleEndpoints endpoints)
    {
        BillingApi.Map(endpoints);
        TariffApi.Map(endpoints);
    }
}
