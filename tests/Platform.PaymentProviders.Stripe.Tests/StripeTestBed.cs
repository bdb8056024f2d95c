using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sandboxes;
using Platform.PaymentProviders.Sandboxes.Stripe;

namespace Platform.PaymentProviders.Stripe.Tests;

/// <summary>The Stripe simulation on a loopback port, a provider pointed at it through a régie's settings, one clock
/// for both, and a browser that does not follow redirects.</summary>
internal sealed class StripeTestBed : IAsyncDisposable
{
    public static readonly Guid RegieId = Guid.Parse("5f0c4f1e-0000-4000-8000-000000000001");

    private readonly ServiceProvider services;

    private StripeTestBed(FakeTimeProvider clock, CapturedWebhooks webhooks, FakeStripe stripe, LoopbackServer server, ServiceProvider services)
    {
        Clock = clock;
        Webhooks = webhooks;
        Stripe = stripe;
        Server = server;
        this.services = services;
        Provider = services.GetRequiredService<IPaymentProvider>();
        var secretKey = stripe.SecretKeyFor($"{Guid.NewGuid():N}");
        Settings = new ProviderSettings(new Dictionary<string, string>
        {
            ["secretKey"] = secretKey,
            ["webhookSecret"] = stripe.WebhookSecretFor(secretKey),
            ["apiBase"] = $"{server.BaseAddress.AbsoluteUri.TrimEnd('/')}{StripeSandbox.Path}",
        });
    }

    public FakeTimeProvider Clock { get; }

    public CapturedWebhooks Webhooks { get; }

    public FakeStripe Stripe { get; }

    public LoopbackServer Server { get; }

    public IPaymentProvider Provider { get; }

    public ProviderSettings Settings { get; }

    public HttpClient Browser { get; } = new(new HttpClientHandler { AllowAutoRedirect = false });

    public static async Task<StripeTestBed> StartAsync()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var webhooks = new CapturedWebhooks();
        var stripe = new FakeStripe(clock, webhooks, SandboxSecret.Random());
        var server = await LoopbackServer.StartAsync(stripe.Map);
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(clock);
        new StripePaymentPlugin().ConfigureServices(services);
        return new StripeTestBed(clock, webhooks, stripe, server, services.BuildServiceProvider());
    }

    public PaymentRequest NewRequest(long cents = 1250, TimeSpan? expiresIn = null)
    {
        var payment = Guid.NewGuid();
        return new PaymentRequest(
            payment, "baneins", RegieId, Guid.NewGuid(), cents, "EUR", "CANTINE-2026-03", "Cantine de mars", "parent@example.org",
            [new PaymentPortion(Guid.NewGuid(), cents)], new Uri("http://127.0.0.1/baneins/commandes/retour"), new Uri("http://127.0.0.1/payments/callback/stripe"),
            $"payment:{payment}", Clock.GetUtcNow() + (expiresIn ?? TimeSpan.FromHours(1)));
    }

    public async Task<PaymentStart.RedirectTo> StartAsync(PaymentRequest request) =>
        Assert.IsType<PaymentStart.RedirectTo>(await Provider.StartAsync(request, Settings, CancellationToken.None));

    /// <summary>Opens the hosted page, then presses one of its buttons ("pay", "refuse", "abandon").</summary>
    public async Task<HttpResponseMessage> AnswerAsync(Uri page, string action)
    {
        using var shown = await Browser.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("Simulation — aucun paiement réel", await shown.Content.ReadAsStringAsync());
        return await Browser.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = action }));
    }

    public async Task<string> PaidSessionAsync(long cents = 1250)
    {
        var redirect = await StartAsync(NewRequest(cents));
        using var paid = await AnswerAsync(redirect.Url, "pay");
        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        return redirect.ProviderReference;
    }

    /// <summary>Calls the simulated API directly, as the régie's account, and returns its JSON.</summary>
    public async Task<JsonElement> ApiAsync(HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, $"{Settings.Require("apiBase")}{path}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Settings.Require("secretKey"));
        using var response = await Browser.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>A notification signed now (or at <paramref name="at"/>) with the régie's webhook secret.</summary>
    public ProviderCallback Signed(string payload, DateTimeOffset? at = null) =>
        CapturedWebhooks.AsCallback(payload, StripeWebhookSigner.Header(payload, Settings.Require("webhookSecret"), at ?? Clock.GetUtcNow()));

    public Task<PaymentOutcome?> DeliverAsync(ProviderCallback callback) => Provider.HandleCallbackAsync(callback, Settings, CancellationToken.None);

    public Task<PaymentOutcome> StatusAsync(string reference) => Provider.GetStatusAsync(reference, Settings, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
