using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Modularity;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Security;

/// <summary>Audit finding 7: the simulations' secrets are the installation's own, and a simulated session is read only
/// with its account's key.</summary>
public sealed class SimulationSecretsTests
{
    private static readonly Guid Regie = Guid.Parse("0b7f1f6e-3a4c-4d2e-9f10-2c8a5e6d7b01");

    [Fact]
    public void Two_installations_have_different_simulation_secrets_for_the_same_regie()
    {
        using var first = new TestPlatform();
        using var second = new TestPlatform();

        var one = Settings(first);
        var other = Settings(second);

        Assert.NotEqual(one["secretKey"], other["secretKey"]);
        Assert.NotEqual(one["webhookSecret"], other["webhookSecret"]);
        Assert.DoesNotContain($"sk_test_sandbox_{Regie:N}", one["secretKey"], StringComparison.Ordinal);
        Assert.Equal(one["secretKey"], Settings(first)["secretKey"]);
    }

    [Fact]
    public async Task A_simulated_session_is_read_and_expired_only_with_its_accounts_key()
    {
        using var platform = new TestPlatform();
        var key = Settings(platform)["secretKey"];
        var created = await SendAsync(platform, HttpMethod.Post, "/sandbox/stripe/v1/checkout/sessions", key,
            "mode=payment&success_url=http%3A%2F%2Flocalhost%2Fretour&customer_email=payeur%40example.fr&line_items[0][price_data][currency]=eur"
            + "&line_items[0][price_data][unit_amount]=300&line_items[0][price_data][product_data][name]=Cantine&line_items[0][quantity]=1");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var session = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        var path = $"/sandbox/stripe/v1/checkout/sessions/{session["id"]!.GetValue<string>()}";

        foreach (var guessed in new string?[] { null, $"sk_test_sandbox_{Regie:N}", $"sk_test_{Regie:N}_0123456789abcdef0123456789abcdef" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(platform, HttpMethod.Get, path, guessed)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(platform, HttpMethod.Post, $"{path}/expire", guessed)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(platform, HttpMethod.Get, path, key)).StatusCode);
        var page = await platform.Anonymous().GetStringAsync(new Uri(session["url"]!.GetValue<string>()).PathAndQuery);
        Assert.DoesNotContain("payeur@example.fr", page, StringComparison.Ordinal);
    }

    private static IReadOnlyDictionary<string, string> Settings(TestPlatform platform) =>
        platform.Services.GetRequiredService<IPaymentSandbox>().SettingsFor("stripe", Regie, new Uri("http://localhost/"))!;

    private static async Task<HttpResponseMessage> SendAsync(TestPlatform platform, HttpMethod method, string path, string? key, string? form = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (form is not null)
        {
            request.Content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        return await platform.Anonymous().SendAsync(request);
    }
}
