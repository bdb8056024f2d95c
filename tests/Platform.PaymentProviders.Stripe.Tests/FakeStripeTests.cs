using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Platform.PaymentProviders.Stripe.Tests;

/// <summary>The simulation's own protocol behaviour, seen on the wire as Stripe.net would see it.</summary>
public sealed class FakeStripeTests : IAsyncLifetime
{
    private StripeTestBed bed = null!;

    public async Task InitializeAsync() => bed = await StripeTestBed.StartAsync();

    public async Task DisposeAsync() => await bed.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("pk_test_publishable")]
    [InlineData("sk_test_sandbox_0b7f1f6e3a4c4d2e9f102c8a5e6d7b01")]
    [InlineData("sk_test_0b7f1f6e3a4c4d2e9f102c8a5e6d7b01_0123456789abcdef0123456789abcdef")]
    public async Task The_api_wants_a_secret_key(string? key)
    {
        using var response = await SendAsync(HttpMethod.Post, "/v1/checkout/sessions", key, "mode=payment");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_request_error", (await ErrorAsync(response)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Another_account_does_not_see_the_session()
    {
        var redirect = await bed.StartAsync(bed.NewRequest());

        using var response = await SendAsync(HttpMethod.Get, $"/v1/checkout/sessions/{redirect.ProviderReference}", bed.Stripe.SecretKeyFor("someoneelse"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("resource_missing", (await ErrorAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_idempotency_key_replays_its_first_answer_and_refuses_other_parameters()
    {
        var form = "mode=payment&success_url=http%3A%2F%2F127.0.0.1%2Fretour&line_items[0][price_data][currency]=eur"
            + "&line_items[0][price_data][unit_amount]=300&line_items[0][price_data][product_data][name]=Sport&line_items[0][quantity]=2";
        var key = bed.Settings.Require("secretKey");

        using var first = await SendAsync(HttpMethod.Post, "/v1/checkout/sessions", key, form, "same-key");
        using var replay = await SendAsync(HttpMethod.Post, "/v1/checkout/sessions", key, form, "same-key");
        using var other = await SendAsync(HttpMethod.Post, "/v1/checkout/sessions", key, form.Replace("=300", "=301", StringComparison.Ordinal), "same-key");

        var created = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(600, created.GetProperty("amount_total").GetInt64());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal("idempotency_error", (await ErrorAsync(other)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_unknown_payment_page_is_not_found()
    {
        using var response = await bed.Browser.GetAsync($"{bed.Settings.Require("apiBase")}/pay/cs_test_unknown");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? key, string? form = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, $"{bed.Settings.Require("apiBase")}{path}");
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (form is not null)
        {
            request.Content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        return await bed.Browser.SendAsync(request);
    }

    private static async Task<JsonElement> ErrorAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
}
