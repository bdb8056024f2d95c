using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.PaymentProviders.Sandboxes.PayFip;

/// <summary>The demo's PayFiP, answering under /sandbox/payfip on the platform itself, for every régie.</summary>
public static class PayFipSandbox
{
    public const string Numcli = "123456";

    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton<IPayFipNotificationDelivery, HttpPayFipNotificationDelivery>();
        services.AddSingleton(provider => new FakePayFip(
            provider.GetRequiredService<IPayFipNotificationDelivery>(), provider.GetService<TimeProvider>() ?? TimeProvider.System, [Numcli]));
    }

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.ServiceProvider.GetRequiredService<FakePayFip>().Map(routes.MapGroup("/sandbox/payfip"));

    public static IReadOnlyDictionary<string, string> SettingsFor(Guid regieId, Uri publicBase) => new Dictionary<string, string>
    {
        ["numcli"] = Numcli,
        ["saisie"] = "T",
        ["baseUrl"] = $"{publicBase.AbsoluteUri.TrimEnd('/')}/sandbox/payfip",
    };
}
