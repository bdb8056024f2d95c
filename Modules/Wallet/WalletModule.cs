using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Data;
using Platform.Core.Jobs;
using Platform.Core.Modularity;
using Platform.Core.Ordering;
using Platform.Core.Wallet;
using Platform.Modules.Wallet.Application;
using Platform.Modules.Wallet.Data;
using Platform.Modules.Wallet.Endpoints;

namespace Platform.Modules.Wallet;

/// <summary>The families' prepaid wallets: scoped lines, an append-only ledger, spends that never go negative.</summary>
public sealed class WalletModule : IModule
{
    public const string ModuleId = "wallet";

    public string Id => ModuleId;

    public IEnumerable<ModuleJobSchedule> Jobs => [];

    public void Register(ContainerBuilder builder, ModuleContext context)
    {
        builder.RegisterType<WalletLedger>().As<IWalletLedger>().InstancePerLifetimeScope();
        builder.RegisterType<WalletViews>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<CounterPayments>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<WalletDemo>().As<IDemoSeed>().InstancePerLifetimeScope();
        builder.RegisterType<RegieReport>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<TopUps>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<TopUpOrders>().As<IOrderLineHandler>().InstancePerLifetimeScope();
        builder.RegisterType<WalletPages>().As<IPageContributions>().InstancePerLifetimeScope();
        builder.RegisterType<TopUpPurpose>().As<IOrderPurpose>().SingleInstance();
    }

    public void AddServices(IServiceCollection services, ModuleContext context) =>
        services.AddModuleDbContext<WalletDbContext, SqliteWalletDbContext, SqlServerWalletDbContext, PostgreSqlWalletDbContext>(context.Database, ModuleId);

    public void MapEndpoints(ModuleEndpoints endpoints) => WalletApi.Map(endpoints);
}
