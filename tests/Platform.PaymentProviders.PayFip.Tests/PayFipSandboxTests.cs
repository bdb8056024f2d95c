using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sandboxes.PayFip;
using Xunit;

namespace Platform.PaymentProviders.PayFip.Tests;

/// <summary>The sandbox wired as the demo host wires it: under /sandbox/payfip, notifying the platform's callback
/// route over HTTP, with the settings it gives every régie.</summary>
public sealed class PayFipSandboxTests : IAsyncLifetime
{
    private readonly Guid regie = Guid.NewGuid();
    private readonly ConcurrentQueue<PaymentOutcome?> notified = new();
    private WebApplication? app;
    private Uri? publicBase;

    private WebApplication App => app ?? throw new InvalidOperationException("The app starts in InitializeAsync.");

    private ProviderSettings Settings => new(PayFipSandbox.SettingsFor(regie, publicBase!), IsSandbox: true);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        PayFipSandbox.AddServices(builder.Services);
        new PayFipPaymentPlugin().ConfigureServices(builder.Services);
        app = builder.Build();
        PayFipSandbox.Map(app);
        app.MapPost("/payments/callback/payfip/{regieId}", async context =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var callback = new ProviderCallback("POST", new Dictionary<string, string>(), new Dictionary<string, string>(),
                form.ToDictionary(f => f.Key, f => f.Value.ToString()), "");
            notified.Enqueue(await context.RequestServices.GetRequiredService<IPaymentProvider>().HandleCallbackAsync(callback, Settings, context.RequestAborted));
        });
        await app.StartAsync();
        publicBase = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    [Fact]
    public async Task A_payment_through_the_sandbox_is_notified_to_the_platform_and_verified()
    {
        var provider = App.Services.GetRequiredService<IPaymentProvider>();
        var request = PayFipWorld.NewRequest(2300) with
        {
            CallbackUrl = new Uri(publicBase!, $"/payments/callback/payfip/{regie}"),
            ReturnUrl = new Uri(publicBase!, "/commandes/42"),
        };
        var redirect = Assert.IsType<PaymentStart.RedirectTo>(await provider.StartAsync(request, Settings, CancellationToken.None));
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });

        using var answer = await browser.PostAsync(redirect.Url, new FormUrlEncodedContent([new KeyValuePair<string, string>("resultrans", "V")]));

        Assert.StartsWith(new Uri(publicBase!, "/sandbox/payfip/tpa/paiementws.web?idop=").AbsoluteUri, redirect.Url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        var outcome = Assert.Single(notified);
        Assert.Equal(redirect.ProviderReference, outcome?.ProviderReference);
        Assert.Equal(PaymentState.Succeeded, outcome?.State);
        Assert.Equal(2300, outcome?.AmountCents);
    }
}
