using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Platform.Host.IntegrationTests.Support;

/// <summary>The platform on a real loopback socket, and Debian's Chromium driven by Playwright.</summary>
public sealed class LiveServer : IAsyncDisposable
{
    private LiveServer(TestPlatform platform, string baseUrl, IPlaywright playwright, IBrowser browser)
    {
        Platform = platform;
        BaseUrl = baseUrl;
        Playwright = playwright;
        Browser = browser;
    }

    public TestPlatform Platform { get; }

    public string BaseUrl { get; }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    public static async Task<LiveServer> StartAsync()
    {
        var platform = new TestPlatform();
        platform.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        platform.StartServer();
        var baseUrl = platform.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        platform.ClientOptions.BaseAddress = new Uri(baseUrl);
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new LiveServer(platform, baseUrl, playwright, browser);
    }

    /// <summary>A phone-sized page (360 × 740, French locale).</summary>
    public async Task<IPage> NewPhonePageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Platform.DisposeAsync();
    }
}
