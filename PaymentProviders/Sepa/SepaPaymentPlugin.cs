using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Data;
using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sepa.Application;
using Platform.PaymentProviders.Sepa.Data;
using Platform.PaymentProviders.Sepa.Files;

namespace Platform.PaymentProviders.Sepa;

public sealed class SepaPaymentPlugin : IPaymentProviderPlugin
{
    public string Id => SepaPaymentProvider.ProviderId;

    public void ConfigureServices(IServiceCollection services)
    {
        services.AddPluginDbContext<SepaDbContext, SqliteSepaDbContext, SqlServerSepaDbContext, PostgreSqlSepaDbContext>(SepaDbContext.SchemaName);
        services.AddScoped<ISepaCreditorSettings, SepaCreditors>();
        services.AddScoped<MandateService>();
        services.AddScoped<DirectDebitScheduler>();
        services.AddScoped<Pain008Writer>();
        services.AddScoped<CollectionFiles>();
        services.AddScoped<Core.Modularity.IDemoSeed, SepaDemo>();
        services.AddScoped<Core.Billing.IDirectDebits, SepaDirectDebits>();
        services.AddScoped<IPaymentProvider, SepaPaymentProvider>();
        services.AddScoped<Core.Modularity.IPageContributions, SepaPages>();
    }
}
