using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.IntegrationTests.Support;
using Platform.Host.Payments;
using Xunit;

namespace Platform.Host.IntegrationTests.Security;

/// <summary>Audit finding 2: links and provider settings never come from the request's Host header.</summary>
public sealed class HostHeaderTests
{
    [Fact]
    public async Task A_reset_link_asked_with_a_forged_host_points_at_the_configured_address()
    {
        using var platform = SecurityPlatform.Create();
        var parent = await platform.RegisterParentAsync("hote@example.fr");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/forgot-password") { Content = JsonContent.Create(new { email = parent.Email }) };
        request.Headers.Host = "evil.example";

        var response = await platform.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = platform.Mailbox.Last(parent.Email).TextBody!;
        Assert.Contains($"{SecurityPlatform.PublicBaseUrl}/compte/reinitialiser?", body, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_simulated_payment_settings_ignore_the_host_of_the_request_being_answered()
    {
        using var platform = SecurityPlatform.Create();
        await using var scope = platform.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>().HttpContext =
            new Microsoft.AspNetCore.Http.DefaultHttpContext { Request = { Scheme = "http", Host = new("evil.example") } };
        var store = scope.ServiceProvider.GetRequiredService<ProviderSettingsStore>();

        var stripe = await store.ForAsync("stripe", Guid.NewGuid(), CancellationToken.None);
        var payFip = await store.ForAsync("payfip", Guid.NewGuid(), CancellationToken.None);

        Assert.Equal($"{SecurityPlatform.PublicBaseUrl}/sandbox/stripe", stripe!.Require("apiBase"));
        Assert.Equal($"{SecurityPlatform.PublicBaseUrl}/sandbox/payfip", payFip!.Require("baseUrl"));
    }

    [Fact]
    public async Task Without_a_configured_address_links_use_the_listening_address_not_the_host_header()
    {
        using var platform = new TestPlatform();
        var parent = await platform.RegisterParentAsync("sans.adresse@example.fr");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/forgot-password") { Content = JsonContent.Create(new { email = parent.Email }) };
        request.Headers.Host = "evil.example";

        await platform.Anonymous().SendAsync(request);

        Assert.DoesNotContain("evil.example", platform.Mailbox.Last(parent.Email).TextBody!, StringComparison.Ordinal);
        Assert.Contains("http://localhost/compte/reinitialiser?", platform.Mailbox.Last(parent.Email).TextBody!, StringComparison.Ordinal);
    }
}
