using Platform.Core.Application;
using Platform.Host.Ordering;
using Platform.PaymentProviders.Abstractions;

namespace Platform.Host.Api;

internal static class OrderingApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var family = app.MapGroup("/api/families/{familyId:guid}").WithTags("Panier et paiement").RequireAuthorization(ApiPolicies.User)
            .AddEndpointFilter<Composition.FamilyMemberEndpointFilter>();
        family.MapGet("/cart", async (Guid familyId, CartService cart, CancellationToken ct) => TypedResults.Ok(await cart.GetAsync(familyId, ct)))
            .WithSummary("The cart, grouped by régie (one payment each).");
        family.MapDelete("/cart/{lineId:guid}", async (Guid familyId, Guid lineId, CartService cart, CancellationToken ct) =>
                (await cart.RemoveAsync(familyId, lineId, ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithSummary("Removes a line from the cart.");
        family.MapPost("/cart/checkout", async (Guid familyId, CheckoutInput input, CheckoutService checkout, CancellationToken ct) =>
                (await checkout.CheckoutAsync(familyId, input.RegieId, ct)).ToHttp(o => TypedResults.Created($"/api/families/{familyId}/orders/{o.Id}", o)))
            .WithSummary("Turns the cart lines of one régie into an order to pay before its expiry (60 minutes by default).");
        family.MapGet("/orders", async (Guid familyId, CheckoutService checkout, CancellationToken ct) => TypedResults.Ok(await checkout.ListAsync(familyId, ct)))
            .WithSummary("The family's latest orders.");
        family.MapGet("/orders/{orderId:guid}", async (Guid familyId, Guid orderId, CheckoutService checkout, CancellationToken ct) =>
                (await checkout.GetAsync(familyId, orderId, ct)).ToHttp())
            .WithSummary("An order with its lines, expiry and the payment channels its commune offers.");
        family.MapPost("/orders/{orderId:guid}/abandon", async (Guid familyId, Guid orderId, CheckoutService checkout, CancellationToken ct) =>
                (await checkout.AbandonAsync(familyId, orderId, ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithSummary("Gives up an unpaid order: what it held is freed and a booking's lines go back to the cart.");
        family.MapPost("/orders/{orderId:guid}/payments", async (Guid familyId, Guid orderId, PayInput input, PaymentService payments, CancellationToken ct) =>
                (await payments.PayAsync(familyId, orderId, input.Provider, ct)).ToHttp())
            .WithSummary("Pays an order: at once (wallet) or by redirection (redirectUrl).");

        // Some providers notify by GET (PayFiP's urlnotif may), most by POST.
        app.MapMethods("/payments/callback/{providerId}/{regieId:guid}", ["GET", "POST"], Callback).AllowAnonymous().DisableAntiforgery().WithTags("Panier et paiement")
            .WithSummary("Notifications from payment providers, one address per régie; verified by the provider before anything changes.");
    }

    private static async Task<IResult> Callback(string providerId, Guid regieId, HttpRequest request, PaymentService payments, CancellationToken ct)
    {
        // Providers verify signatures on the raw bytes, so the body is kept before the form is parsed from it.
        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync(ct);
        request.Body.Position = 0;
        var form = request.HasFormContentType ? (await request.ReadFormAsync(ct)).ToDictionary(f => f.Key, f => f.Value.ToString()) : [];
        var callback = new ProviderCallback(
            request.Method,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString()),
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            form,
            body);
        return await payments.HandleCallbackAsync(providerId, regieId, callback, ct) ? TypedResults.Ok() : AppResultHttp.NotFound();
    }

    internal sealed record CheckoutInput(Guid? RegieId);

    internal sealed record PayInput(string? Provider);
}
