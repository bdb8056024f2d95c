using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sandboxes;
using Platform.PaymentProviders.Sandboxes.PayFip;
using Xunit;

namespace Platform.PaymentProviders.PayFip.Tests;

/// <summary>The fake PayFiP on loopback, the provider built by its plugin, and a payer's browser.</summary>
internal sealed class PayFipWorld : IAsyncDisposable
{
    public const string Numcli = "123456";
    public const string OtherNumcli = "654321";

    private readonly ServiceProvider services;
    private readonly HttpClient browser = new(new SocketsHttpHandler { AllowAutoRedirect = false });

    private PayFipWorld(FakeTimeProvider clock, CapturedNotifications notifications, FakePayFip fake, LoopbackServer server)
    {
        Clock = clock;
        Notifications = notifications;
        Fake = fake;
        Server = server;
        var collection = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(clock);
        new PayFipPaymentPlugin().ConfigureServices(collection);
        services = collection.BuildServiceProvider();
        Provider = services.GetRequiredService<IPaymentProvider>();
    }

    public FakeTimeProvider Clock { get; }

    public CapturedNotifications Notifications { get; }

    public FakePayFip Fake { get; }

    public LoopbackServer Server { get; }

    public IPaymentProvider Provider { get; }

    public ProviderSettings Settings => SettingsWith();

    public static async Task<PayFipWorld> StartAsync()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        var notifications = new CapturedNotifications();
        var fake = new FakePayFip(notifications, clock, [Numcli, OtherNumcli]);
        return new PayFipWorld(clock, notifications, fake, await LoopbackServer.StartAsync(fake.Map));
    }

    public ProviderSettings SettingsWith(string numcli = Numcli, string saisie = "T") => new(new Dictionary<string, string>
    {
        ["numcli"] = numcli,
        ["saisie"] = saisie,
        ["baseUrl"] = Server.BaseAddress.AbsoluteUri,
    });

    public static PaymentRequest NewRequest(long cents = 1250, string email = "parent@example.org", string description = "Cantine novembre")
    {
        var payment = Guid.NewGuid();
        return new PaymentRequest(payment, "baneins", Guid.NewGuid(), Guid.NewGuid(), cents, "EUR", "CMD-0042", description, email,
            [new PaymentPortion(Guid.NewGuid(), cents)], new Uri("https://portail.example/baneins/commandes/42"),
            new Uri($"https://portail.example/payments/callback/payfip/{Guid.NewGuid()}"), $"payment:{payment}", DateTimeOffset.UtcNow.AddHours(1));
    }

    public async Task<PaymentStart.RedirectTo> StartPaymentAsync(PaymentRequest request, ProviderSettings? settings = null) =>
        Assert.IsType<PaymentStart.RedirectTo>(await Provider.StartAsync(request, settings ?? Settings, CancellationToken.None));

    /// <summary>Opens the payment page, clicks the button for <paramref name="resultrans"/>, and returns where the
    /// browser is sent back.</summary>
    public async Task<Uri> AnswerAsync(PaymentStart.RedirectTo redirect, string resultrans)
    {
        using var page = await browser.GetAsync(redirect.Url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"value=\"{resultrans}\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var answer = await SubmitAsync(redirect.Url, resultrans);
        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        return answer.Headers.Location!;
    }

    /// <summary>Posts a button of the payment page at <paramref name="page"/>, as the browser does.</summary>
    public Task<HttpResponseMessage> SubmitAsync(Uri page, string resultrans) =>
        browser.PostAsync(page, new FormUrlEncodedContent([new KeyValuePair<string, string>("resultrans", resultrans)]));

    public Task<HttpResponseMessage> OpenAsync(Uri url) => browser.GetAsync(url);

    public Task<PaymentOutcome> StatusAsync(string reference, ProviderSettings? settings = null) =>
        Provider.GetStatusAsync(reference, settings ?? Settings, CancellationToken.None);

    public Task<PaymentOutcome?> NotifyAsync(ProviderCallback callback) => Provider.HandleCallbackAsync(callback, Settings, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        browser.Dispose();
        await services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
