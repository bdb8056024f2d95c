using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Platform.Core.Application;
using Platform.Core.Modularity;
using Platform.Modules.Wallet.Application;

namespace Platform.Modules.Wallet.Endpoints;

internal static class WalletApi
{
    public static void Map(ModuleEndpoints endpoints)
    {
        endpoints.Family.MapGet("/", async (Guid familyId, WalletViews views, CancellationToken ct) => TypedResults.Ok(await views.GetAsync(familyId, ct)))
            .WithName("wallet.get")
            .WithSummary("The family's wallet: total, a line per scope, the latest movements.");

        endpoints.Family.MapGet("/top-ups", async (Guid familyId, TopUps topUps, CancellationToken ct) =>
                TypedResults.Ok(new TopUpOptions(TopUps.PackCents, topUps.MinimumCents, topUps.MaximumCents, await topUps.RegiesAsync(familyId, ct))))
            .WithName("wallet.top-up-options")
            .WithSummary("What a top-up may be: the packs, the bounds (cents) and the régies the family can top up for.");

        endpoints.Family.MapPost("/top-ups", async (Guid familyId, TopUpInput input, TopUps topUps, CancellationToken ct) =>
                (await topUps.PlaceAsync(familyId, input.RegieId, input.Cents, ct)).ToHttp(orderId => TypedResults.Created($"/api/families/{familyId}/orders/{orderId}", new { orderId })))
            .WithName("wallet.top-up")
            .WithSummary("Orders a top-up (cents within the collectivité's bounds, default 1 € to 200 €); pay the returned order by card or PayFiP, never from the wallet.");

        endpoints.Agent.MapPost("/credits", async (CounterCreditInput input, HttpContext http, CounterPayments counter, CancellationToken ct) =>
                (await counter.CreditAsync(http.User, input, ct)).ToHttp())
            .WithName("wallet.counter-credit")
            .WithSummary("Records cash or a cheque received at the counter and credits the family's wallet (idempotent per receipt number and régie).");

        endpoints.Admin.MapGet("/regies", async (DateTime? from, DateTime? to, RegieReport report, CancellationToken ct) => TypedResults.Ok(await report.TotalsAsync(from, to, ct)))
            .WithName("wallet.regies")
            .WithSummary("Wallet money per régie over a period (?from=&to=, UTC): credited, spent, refunded.");
    }
}

internal sealed record TopUpInput(Guid? RegieId, long Cents);

internal sealed record TopUpOptions(IReadOnlyList<long> PackCents, long MinimumCents, long MaximumCents, IReadOnlyList<TopUpRegie> Regies);
