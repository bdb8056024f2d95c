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

    /// <summary>Starts a new platform on a socket, or drives <paramref name="listening"/>, already put there by <see cref="Listen"/>.</summary>
    public static async Task<LiveServer> StartAsync(TestPlatform? listening = null)
    {
        var platform = listening ?? new TestPlatform();
        var baseUrl = listening is null ? Listen(platform) : platform.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new LiveServer(platform, baseUrl, playwright, browser);
    }

    /// <summary>Puts the platform on a loopback socket; its HTTP clients then talk to that socket.</summary>
    public static string Listen(TestPlatform platform)
    {
        platform.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        platform.StartServer();
        var baseUrl = platform.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        platform.ClientOptions.BaseAddress = new Uri(baseUrl);
        return baseUrl;
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

    /// <summary>Signs a user in on a new phone-sized page.</summary>
    public async Task<IPage> SignInAsync(string email)
    {
        var page = await NewPhonePageAsync();
        await page.GotoAsync("/compte/connexion");
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(TestPlatform.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Me connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/compte/connexion", StringComparison.Ordinal));
        return page;
    }
}
