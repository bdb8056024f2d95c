using System.Net.Http.Json;
using Microsoft.Playwright;
using Platform.Host.IntegrationTests.Cantine;
using Platform.Host.IntegrationTests.Garderie;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.EndToEnd;

/// <summary>The month's invoicing in real Chromium: the agent runs it, the parent finds the invoice from the header's
/// "Restant dû", downloads its PDF and pays the rest through the PayFiP simulation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InvoicesInBrowserTests
{
    [Fact]
    public async Task An_agent_invoices_the_month_and_the_parent_pays_the_rest_due_through_payfip()
    {
        await using var booking = await BookingWorld.CreateAsync(onSocket: true);
        var world = await CareWorld.OnAsync(booking, "Monthly");
        Assert.True((await world.BookAsync([(CareWorld.Monday, world.Soir), (CareWorld.Tuesday, world.Soir)], booking.Lea)).IsSuccessStatusCode);
        await booking.MoveClockAsync(new DateTimeOffset(2027, 7, 1, 6, 0, 0, TimeSpan.Zero));
        var admin = await booking.Platform.AdminAsync();
        (await admin.PutAsJsonAsync("/api/admin/communes/alpha/invoice-payment-providers/payfip", new { enabled = true })).EnsureSuccessStatusCode();
        await using var server = await LiveServer.StartAsync(booking.Platform);

        var agent = await server.SignInAsync(TenancySetup.AgentAlpha);
        await agent.GetByRole(AriaRole.Link, new() { Name = "Facturation" }).ClickAsync();
        await Assertions.Expect(agent.GetByLabel("Mois")).ToHaveValueAsync("2027-06");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Facturer juin 2027" }).ClickAsync();
        await Assertions.Expect(agent.Locator(".notice")).ToContainTextAsync("1 facture émise pour juin 2027, 5,00\u202F€ au total");
        await Assertions.Expect(agent.GetByRole(AriaRole.Link, new() { Name = "PDF de F2027-00001" })).ToBeVisibleAsync();
        await agent.CheckAndCaptureAsync("50-facturation-agent");

        var invoiceId = (await booking.Parent.Client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/families/{booking.Parent.FamilyId}/billing/invoices"))!["invoices"]![0]!.Id();
        (await booking.Agent.PostAsJsonAsync($"/api/agent/billing/invoices/{invoiceId}/counter-payments", new { cents = 200, receipt = "R-0042" })).EnsureSuccessStatusCode();

        var parent = await server.SignInAsync(booking.Parent.Email);
        await parent.Locator(".due-balance").ClickAsync();
        await Assertions.Expect(parent.Locator("h1")).ToHaveTextAsync("Mes factures");
        await Assertions.Expect(parent.Locator(".balance")).ToContainTextAsync("3,00\u202F€");
        await parent.CheckAndCaptureAsync("51-mes-factures");
        await parent.GetByRole(AriaRole.Link, new() { Name = "Facture F2027-00001" }).ClickAsync();
        var pdf = await parent.APIRequest.GetAsync(await parent.GetByRole(AriaRole.Link, new() { Name = "Télécharger le PDF" }).GetAttributeAsync("href") ?? "");
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        await parent.CheckAndCaptureAsync("52-facture");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Payer 3,00\u202F€ en ligne" }).ClickAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Payer 3,00\u202F€ avec : PayFiP" }).ClickAsync();
        await Assertions.Expect(parent.GetByText("Simulation — aucun paiement réel")).ToBeVisibleAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Payer par carte" }).ClickAsync();

        await Assertions.Expect(parent.Locator(".badge")).ToHaveTextAsync("Payée");
        await parent.GetByRole(AriaRole.Link, new() { Name = "Voir mes factures" }).ClickAsync();
        await Assertions.Expect(parent.Locator(".due-balance")).ToHaveTextAsync("Restant dû : 0,00\u202F€");
        await Assertions.Expect(parent.Locator(".status")).ToHaveTextAsync("Payée");
        await parent.CheckAndCaptureAsync("53-facture-payee");
    }
}
