using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sandboxes;
using Platform.PaymentProviders.Sandboxes.Stripe;

namespace Platform.PaymentProviders.Stripe.Tests;

/// <summary>The simulation as the sandbox plugin serves it on the platform: its settings, and its events posted to the
/// platform's callback route for the régie.</summary>
public sealed class SandboxTests
{
    private static readonly Guid Regie = Guid.Parse("0b7f1f6e-3a4c-4d2e-9f10-2c8a5e6d7b01");

    [Fact]
    public void The_sandbox_settings_point_at_the_platform_and_fit_the_schema()
    {
        var stripe = new FakeStripe(TimeProvider.System, new CapturedWebhooks(), SandboxSecret.Random());
        var settings = StripeSandbox.SettingsFor(stripe, Regie, new Uri("http://localhost:5080/"));

        Assert.StartsWith($"sk_test_{Regie:N}_", settings["secretKey"], StringComparison.Ordinal);
        Assert.Equal("http://localhost:5080/sandbox/stripe", settings["apiBase"]);
        Assert.NotEqual(StripeSandbox.SettingsFor(stripe, Guid.NewGuid(), new Uri("http://localhost:5080/"))["webhookSecret"], settings["webhookSecret"]);
        Assert.All(NewProvider().SettingsSchema, field => Assert.Null(field.Check(settings.GetValueOrDefault(field.Key))));
    }

    [Fact]
    public async Task A_payment_on_the_sandbox_page_is_notified_to_the_regies_callback_route()
    {
        var notified = new TaskCompletionSource<(Guid Regie, ProviderCallback Callback)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        StripeSandbox.AddServices(builder.Services);
        await using var platform = builder.Build();
        StripeSandbox.Map(platform);
        platform.MapPost("/payments/callback/stripe/{regieId:guid}", async (Guid regieId, HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var headers = request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString());
            notified.SetResult((regieId, new ProviderCallback("POST", headers, new Dictionary<string, string>(), new Dictionary<string, string>(), await reader.ReadToEndAsync())));
            return Results.Ok();
        });
        await platform.StartAsync();
        var publicBase = new Uri(platform.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var settings = new ProviderSettings(StripeSandbox.SettingsFor(platform.Services.GetRequiredService<FakeStripe>(), Regie, publicBase), IsSandbox: true);
        var provider = NewProvider();
        var payment = Guid.NewGuid();
        var request = new PaymentRequest(
            payment, "baneins", Regie, Guid.NewGuid(), 415, "EUR", "GARDERIE-1", "Garderie du matin", "parent@example.org", [],
            new Uri(publicBase, "baneins/commandes/retour"), new Uri(publicBase, $"payments/callback/stripe/{Regie}"), $"payment:{payment}", DateTimeOffset.UtcNow.AddHours(1));

        var redirect = Assert.IsType<PaymentStart.RedirectTo>(await provider.StartAsync(request, settings, CancellationToken.None));
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        Assert.StartsWith($"{publicBase.AbsoluteUri.TrimEnd('/')}/sandbox/stripe/pay/", redirect.Url.AbsoluteUri);
        using var page = await browser.GetAsync(redirect.Url);
        Assert.Contains("Simulation — aucun paiement réel", await page.Content.ReadAsStringAsync());
        using var paid = await browser.PostAsync(redirect.Url, new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "pay" }));

        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        var (regie, callback) = await notified.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(Regie, regie);
        var outcome = await provider.HandleCallbackAsync(callback, settings, CancellationToken.None);
        Assert.Equal(PaymentState.Succeeded, outcome?.State);
        Assert.Equal(redirect.ProviderReference, outcome?.ProviderReference);
        Assert.Equal(415, outcome?.AmountCents);
    }

    private static IPaymentProvider NewProvider()
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
        new StripePaymentPlugin().ConfigureServices(services);
        return services.BuildServiceProvider().GetRequiredService<IPaymentProvider>();
    }
}
