using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace Platform.PaymentProviders.Sandboxes.Stripe;

/// <summary>A stateful simulation of the part of the Stripe API the card provider uses (Checkout Sessions, their
/// PaymentIntents, refunds), with Stripe's JSON, errors, Bearer keys and idempotency keys, and the hosted payment page.
/// Each account's secret key is <see cref="SecretKeyFor"/>, signed with the installation's secret so that no other key
/// is accepted; its webhook secret is <see cref="WebhookSecretFor"/>.</summary>
public sealed partial class FakeStripe
{
    private readonly TimeProvider time;
    private readonly IStripeWebhookDelivery delivery;
    private readonly SandboxSecret secret;
    private readonly FakeStripeLedger ledger;
    private readonly IdempotencyStore idempotency = new();
    private readonly Lock gate = new();
    private readonly List<FakeStripeRequest> requests = [];

    public FakeStripe(TimeProvider time, IStripeWebhookDelivery delivery, SandboxSecret secret)
    {
        this.time = time;
        this.delivery = delivery;
        this.secret = secret;
        ledger = new FakeStripeLedger(time, WebhookSecretFor);
    }

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<FakeStripeRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return requests.ToList();
            }
        }
    }

    /// <summary>The secret key of the test account named <paramref name="account"/> (letters and digits).</summary>
    public string SecretKeyFor(string account) => $"sk_test_{account}_{secret.Derive($"stripe-key:{account}")}";

    /// <summary>The webhook signing secret of the account behind <paramref name="secretKey"/>.</summary>
    public string WebhookSecretFor(string secretKey) => "whsec_" + secret.Derive($"stripe-webhook:{secretKey}");

    /// <summary>Maps the API (/v1/…) and the hosted page (/pay/{id}) under <see cref="StripeSandbox.Path"/>.</summary>
    public void Map(IEndpointRouteBuilder routes)
    {
        var stripe = routes.MapGroup(StripeSandbox.Path).AllowAnonymous().DisableAntiforgery();
        stripe.MapPost("/v1/checkout/sessions", (HttpRequest request) =>
            ApiAsync(request, call => ledger.CreateSession(call.Account, call.Form, call.PublicBase)));
        stripe.MapGet("/v1/checkout/sessions/{id}", (HttpRequest request, string id) =>
            ApiAsync(request, call => ledger.GetSession(call.Account, id)));
        stripe.MapPost("/v1/checkout/sessions/{id}/expire", (HttpRequest request, string id) =>
            ApiAsync(request, call => ledger.ExpireSession(call.Account, id)));
        stripe.MapGet("/v1/payment_intents/{id}", (HttpRequest request, string id) =>
            ApiAsync(request, call => ledger.GetPaymentIntent(call.Account, id)));
        stripe.MapPost("/v1/refunds", (HttpRequest request) =>
            ApiAsync(request, call => ledger.CreateRefund(call.Account, call.Form)));
        stripe.MapGet("/pay/{id}", (HttpRequest request, string id) => ShowPageAsync(request, id));
        stripe.MapGet("/pay.css", () => Results.Text(CheckoutPage.Css, "text/css; charset=utf-8"));
        stripe.MapPost("/pay/{id}", (HttpRequest request, string id) => AnswerPageAsync(request, id));
    }

    private sealed record ApiCall(string Account, IReadOnlyDictionary<string, string> Form, string PublicBase);

    private async Task<IResult> ApiAsync(HttpRequest request, Func<ApiCall, ApiResult> operation)
    {
        var (body, form) = await ReadFormAsync(request);
        var apiKey = BearerKey(request);
        var idempotencyKey = HttpMethods.IsPost(request.Method) ? request.Headers["Idempotency-Key"].FirstOrDefault() : null;
        Record(request, apiKey, idempotencyKey, form);

        var replayed = false;
        ApiResult result;
        if (apiKey is null || !IsSecretKey(apiKey))
        {
            result = ApiResult.Error(401, new ApiError("invalid_request_error", apiKey is null
                ? "No API key provided: send it as a Bearer token in the Authorization header."
                : "Invalid API key provided."));
        }
        else
        {
            var call = new ApiCall(apiKey, form, PublicBase(request));
            result = idempotencyKey is null
                ? operation(call)
                : idempotency.Run(apiKey, idempotencyKey, $"{request.Method} {request.Path}\n{body}", () => operation(call), out replayed);
        }

        await DeliverRaisedAsync();
        request.HttpContext.Response.Headers["Request-Id"] = $"req_{Guid.NewGuid():N}";
        request.HttpContext.Response.Headers["Stripe-Version"] = FakeStripeLedger.ApiVersion;
        if (replayed)
        {
            request.HttpContext.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return Results.Content(result.Json, "application/json", Encoding.UTF8, result.Status);
    }

    private async Task<IResult> ShowPageAsync(HttpRequest request, string id)
    {
        Record(request, null, null, new Dictionary<string, string>());
        var session = ledger.Find(id);
        await DeliverRaisedAsync();
        return session is null ? Html(CheckoutPage.Missing(), 404) : Html(CheckoutPage.Render(session));
    }

    private async Task<IResult> AnswerPageAsync(HttpRequest request, string id)
    {
        var (_, form) = await ReadFormAsync(request);
        Record(request, null, null, form);
        var action = form.GetValueOrDefault("action");
        var session = action switch
        {
            "pay" => ledger.Pay(id),
            "refuse" => ledger.Decline(id),
            _ => ledger.Find(id),
        };
        await DeliverRaisedAsync();

        return (session, action) switch
        {
            (null, _) => Html(CheckoutPage.Missing(), 404),
            ({ Status: "complete" }, "pay") => SeeOther(session.SuccessUrl.Replace("{CHECKOUT_SESSION_ID}", session.Id, StringComparison.Ordinal)),
            ({ Status: "open" }, "refuse") => Html(CheckoutPage.Render(session, CheckoutPage.Declined), 402),
            ({ Status: "open", CancelUrl: { } cancelUrl }, "abandon") => SeeOther(cancelUrl),
            ({ Status: "open" }, "abandon") => Html(CheckoutPage.Render(session, "Paiement abandonné : vous pouvez fermer cette page.")),
            _ => Html(CheckoutPage.Render(session), 409),
        };
    }

    private async Task DeliverRaisedAsync()
    {
        foreach (var webhook in ledger.TakeRaised())
        {
            await delivery.DeliverAsync(webhook, CancellationToken.None);
        }
    }

    private void Record(HttpRequest request, string? apiKey, string? idempotencyKey, IReadOnlyDictionary<string, string> form)
    {
        lock (gate)
        {
            requests.Add(new FakeStripeRequest(request.Method, request.Path, apiKey, idempotencyKey, form));
        }
    }

    private static async Task<(string Body, IReadOnlyDictionary<string, string> Form)> ReadFormAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        return (body, QueryHelpers.ParseQuery(body).ToDictionary(field => field.Key, field => field.Value.ToString()));
    }

    private static string? BearerKey(HttpRequest request) =>
        request.Headers.Authorization.FirstOrDefault() is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim() : null;

    /// <summary>The platform's address as its authenticated API call reached the simulation: hosted page links and
    /// webhooks go back there.</summary>
    private static string PublicBase(HttpRequest request) => UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase).TrimEnd('/');

    /// <summary>Sends the browser on with a GET, as Checkout does after a form post.</summary>
    private static IResult SeeOther(string location) => new SeeOtherResult(location);

    private static IResult Html(string page, int status = 200) => Results.Content(page, "text/html; charset=utf-8", Encoding.UTF8, status);

    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }

    private bool IsSecretKey(string key) =>
        TestKey().Match(key) is { Success: true } match
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(key), Encoding.ASCII.GetBytes(SecretKeyFor(match.Groups[1].Value)));

    // Statically generated: [GeneratedRegex] needs the class to be partial.
    [GeneratedRegex("^sk_test_([A-Za-z0-9]+)_[0-9a-f]+$")]
    private static partial Regex TestKey();
}
