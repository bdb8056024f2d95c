using Microsoft.Playwright;
using Platform.Host.IntegrationTests.Cantine;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.EndToEnd;

/// <summary>The weekly journey in real Chromium on a phone: counter payment, 6 meals (a Monday for both children, and every
/// Thursday of June for Léa as a regular presence), wallet payment, one cancelled.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BookingInBrowserTests
{
    [Fact]
    public async Task Agent_credits_50_parent_books_8_meals_pays_from_the_wallet_and_cancels_one()
    {
        await using var world = await BookingWorld.CreateAsync(onSocket: true);
        await using var server = await LiveServer.StartAsync(world.Platform);

        var agent = await server.SignInAsync(TenancySetup.AgentAlpha);
        await agent.GotoAsync("/agent/demandes?Statut=Validated");
        await agent.GetByRole(AriaRole.Link, new() { Name = "Famille Martin" }).ClickAsync();
        await agent.GetByRole(AriaRole.Link, new() { Name = "Enregistrer un paiement au guichet" }).ClickAsync();
        await agent.GetByLabel("Montant reçu (€)").FillAsync("50");
        await agent.GetByLabel("Espèces").CheckAsync();
        await agent.GetByLabel("Numéro du reçu").FillAsync("2027-0042");
        await agent.CheckAndCaptureAsync("20-agent-guichet");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Créditer le porte-monnaie" }).ClickAsync();
        await Assertions.Expect(agent.Locator(".notice")).ToContainTextAsync("50,00");

        var parent = await server.SignInAsync(world.Parent.Email);
        await Assertions.Expect(parent.Locator(".wallet-balance")).ToHaveTextAsync("Porte-monnaie : 50,00\u202F€");
        await parent.GotoAsync("/services");
        await parent.GetByRole(AriaRole.Link, new() { Name = "Réserver des repas" }).ClickAsync();
        await parent.GotoAsync(parent.Url + "&mois=2027-06");
        foreach (var child in new[] { "Léa", "Hugo" })
        {
            await parent.GetByLabel($"Repas de {child}, lundi 7 juin").CheckAsync();
        }

        await parent.GetByRole(AriaRole.Checkbox, new() { Name = "Léa : Repas, tous les jeudis" }).CheckAsync();
        await Assertions.Expect(parent.Locator(".total")).ToHaveTextAsync("2 réservations · 7,60\u00A0€ + présence régulière");
        await parent.CheckAndCaptureAsync("21-reserver-calendrier");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Réserver la sélection" }).ClickAsync();
        await Assertions.Expect(parent.Locator("p.total")).ToHaveTextAsync("6 × 3,80\u202F€ = 22,80\u202F€");
        await parent.CheckAndCaptureAsync("22-panier");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Valider et payer 22,80\u202F€" }).ClickAsync();
        await Assertions.Expect(parent.Locator(".timer")).ToContainTextAsync("à régler avant 11:00");
        await parent.CheckAndCaptureAsync("23-commande");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Payer 22,80\u202F€ avec : Porte-monnaie" }).ClickAsync();
        await Assertions.Expect(parent.Locator(".notice")).ToContainTextAsync("vos réservations sont confirmées");
        await Assertions.Expect(parent.Locator(".wallet-balance")).ToHaveTextAsync("Porte-monnaie : 27,20\u202F€");

        await parent.GetByRole(AriaRole.Link, new() { Name = "Voir mes réservations" }).ClickAsync();
        await parent.CheckAndCaptureAsync("24-mes-reservations");
        await parent.GetByRole(AriaRole.Link, new() { Name = "Annuler : Repas de Léa, lundi 7 juin" }).ClickAsync();
        await Assertions.Expect(parent.Locator(".confirm")).ToContainTextAsync("3,80\u202F€ vous seront rendus");
        await Assertions.Expect(parent.Locator(".wallet-balance")).ToHaveTextAsync("Porte-monnaie : 27,20\u202F€");
        await parent.CheckAndCaptureAsync("24b-confirmer-annulation");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Oui, annuler" }).ClickAsync();
        await Assertions.Expect(parent.Locator(".notice")).ToContainTextAsync("3,80");
        await Assertions.Expect(parent.Locator(".wallet-balance")).ToHaveTextAsync("Porte-monnaie : 31,00\u202F€");
        await parent.GotoAsync("/porte-monnaie");
        await parent.CheckAndCaptureAsync("25-porte-monnaie");
    }
}
