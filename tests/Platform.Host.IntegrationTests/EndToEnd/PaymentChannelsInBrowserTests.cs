using System.Net.Http.Json;
using Microsoft.Playwright;
using Platform.Host.IntegrationTests.Cantine;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.EndToEnd;

/// <summary>Card and PayFiP journeys in real Chromium on a phone, through the simulations the sandbox plugin serves on
/// the platform itself (the same fakes the provider tests use), exactly as in the demo.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PaymentChannelsInBrowserTests
{
    private const string AddressGivenAtSignUp = "12 rue des Étangs, 01990 Baneins";

    [Fact]
    public async Task A_parent_tops_up_the_wallet_by_card_on_the_gateways_page_then_pays_meals_from_it()
    {
        await using var world = await BookingWorld.CreateAsync(onSocket: true);
        await using var server = await LiveServer.StartAsync(world.Platform);
        var parent = await server.SignInAsync(world.Parent.Email);

        await parent.GotoAsync("/porte-monnaie");
        await parent.GetByRole(AriaRole.Link, new() { Name = "Recharger en ligne" }).ClickAsync();
        await parent.GetByLabel("25,00\u202F€").CheckAsync();
        await parent.CheckAndCaptureAsync("30-recharger");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Continuer vers le paiement" }).ClickAsync();
        await Assertions.Expect(parent.Locator("h1")).ToContainTextAsync("Recharge du porte-monnaie");
        await Assertions.Expect(parent.GetByRole(AriaRole.Button, new() { Name = "avec : Porte-monnaie" })).ToHaveCountAsync(0);
        await parent.CheckAndCaptureAsync("31-recharge-commande");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Payer 25,00\u202F€ avec : Carte bancaire" }).ClickAsync();

        await Assertions.Expect(parent.GetByText("Simulation — aucun paiement réel")).ToBeVisibleAsync();
        await parent.CheckAndCaptureAsync("32-carte-simulation");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Payer 25,00\u202F€" }).ClickAsync();

        await Assertions.Expect(parent.Locator(".badge")).ToHaveTextAsync("Payée");
        await Assertions.Expect(parent.Locator(".wallet-balance")).ToHaveTextAsync("Porte-monnaie : 25,00\u202F€");
        await parent.CheckAndCaptureAsync("33-recharge-payee");

        await parent.GotoAsync("/services");
        await parent.GetByRole(AriaRole.Link, new() { Name = "Réserver des repas" }).ClickAsync();
        await parent.GotoAsync(parent.Url + "&mois=2027-06");
        await parent.GetByLabel("Repas de Léa, lundi 7 juin").CheckAsync();
        await parent.GetByLabel("Repas de Léa, mardi 8 juin").CheckAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Réserver la sélection" }).ClickAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Valider et payer 7,60\u202F€" }).ClickAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Payer 7,60\u202F€ avec : Porte-monnaie" }).ClickAsync();

        await Assertions.Expect(parent.Locator(".notice")).ToContainTextAsync("vos réservations sont confirmées");
        await Assertions.Expect(parent.Locator(".wallet-balance")).ToHaveTextAsync("Porte-monnaie : 17,40\u202F€");
    }

    [Fact]
    public async Task A_parent_of_a_payfip_only_commune_is_offered_payfip_only_and_pays_through_it()
    {
        await using var world = await BookingWorld.CreateAsync(onSocket: true);
        var admin = await world.Platform.AdminAsync();
        foreach (var (provider, enabled) in new[] { ("wallet", false), ("stripe", false), ("payfip", true) })
        {
            (await admin.PutAsJsonAsync($"/api/admin/communes/alpha/payment-providers/{provider}", new { enabled })).EnsureSuccessStatusCode();
        }

        await using var server = await LiveServer.StartAsync(world.Platform);
        var parent = await server.SignInAsync(world.Parent.Email);
        await parent.GotoAsync("/services");
        await parent.GetByRole(AriaRole.Link, new() { Name = "Réserver des repas" }).ClickAsync();
        await parent.GotoAsync(parent.Url + "&mois=2027-06");
        await parent.GetByLabel("Repas de Hugo, jeudi 10 juin").CheckAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Réserver la sélection" }).ClickAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Valider et payer 3,80\u202F€" }).ClickAsync();

        await Assertions.Expect(parent.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Payer ") })).ToHaveCountAsync(1);
        await parent.CheckAndCaptureAsync("34-commande-payfip");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Payer 3,80\u202F€ avec : PayFiP" }).ClickAsync();

        await Assertions.Expect(parent.GetByText("Simulation — aucun paiement réel")).ToBeVisibleAsync();
        await parent.CheckAndCaptureAsync("35-payfip-simulation");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Payer par carte" }).ClickAsync();

        await Assertions.Expect(parent.Locator(".badge")).ToHaveTextAsync("Payée");
        Assert.Equal("Confirmed", (await world.BookingsAsync())[0]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_parent_signs_a_sepa_mandate_online_prints_it_and_revokes_it()
    {
        await using var world = await BookingWorld.CreateAsync(onSocket: true);
        var admin = await world.Platform.AdminAsync();
        (await admin.PutAsJsonAsync($"/api/admin/regies/{world.RegieId}/payment-providers/sepa/settings", new
        {
            values = new { creditorName = "Régie scolaire d'Alpha", ics = "FR72ZZZ123456", creditorIban = "FR7630006000011234567890189" },
        })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync("/api/admin/communes/alpha/invoice-payment-providers/sepa", new { enabled = true })).EnsureSuccessStatusCode();

        await using var server = await LiveServer.StartAsync(world.Platform);
        var parent = await server.SignInAsync(world.Parent.Email);
        await parent.GetByRole(AriaRole.Link, new() { Name = "Prélèvement", Exact = true }).ClickAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Payer par prélèvement : Régie scolaire d'Alpha" }).ClickAsync();
        await Assertions.Expect(parent.GetByLabel("Nom et prénom du titulaire")).ToHaveValueAsync("Julie Martin");
        await Assertions.Expect(parent.GetByLabel("Adresse du titulaire")).ToHaveValueAsync(AddressGivenAtSignUp);
        await parent.GetByLabel("IBAN").FillAsync("FR76 3000 6000 0112 3456 7890 188");
        await parent.GetByLabel("J'ai lu le texte du mandat").CheckAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Signer le mandat" }).ClickAsync();
        await Assertions.Expect(parent.GetByText("Cet IBAN n'est pas valable : vérifiez les chiffres.").First).ToBeVisibleAsync();

        await parent.GetByLabel("IBAN").FillAsync("FR76 3000 6000 0112 3456 7890 189");
        await parent.GetByLabel("J'ai lu le texte du mandat").CheckAsync();
        await parent.CheckAndCaptureAsync("36-mandat-signer");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Signer le mandat" }).ClickAsync();
        await Assertions.Expect(parent.Locator(".notice")).ToContainTextAsync("est signé");
        await Assertions.Expect(parent.GetByText("FR72ZZZ123456")).ToBeVisibleAsync();
        await parent.CheckAndCaptureAsync("37-mandat-imprimable");

        await parent.GetByRole(AriaRole.Link, new() { Name = "Prélèvement automatique" }).ClickAsync();
        await Assertions.Expect(parent.GetByRole(AriaRole.Link, new() { Name = "Voir et imprimer le mandat" })).ToBeVisibleAsync();
        await parent.CheckAndCaptureAsync("38-mes-mandats");
        await parent.GetByRole(AriaRole.Link, new() { Name = "Révoquer ce mandat" }).ClickAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Révoquer ce mandat" }).ClickAsync();
        await Assertions.Expect(parent.Locator(".notice")).ToContainTextAsync("est révoqué");
    }

    [Fact]
    public async Task An_administrator_enters_a_regies_card_keys_on_a_form_built_from_the_providers_schema()
    {
        await using var world = await BookingWorld.CreateAsync(onSocket: true);
        await using var server = await LiveServer.StartAsync(world.Platform);
        var admin = await server.SignInAsync(TestPlatform.AdminEmail);

        await admin.GetByRole(AriaRole.Link, new() { Name = "Paiements" }).ClickAsync();
        await admin.CheckAndCaptureAsync("39-admin-paiements");
        await admin.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Modifier les réglages Carte bancaire") }).First.ClickAsync();
        await admin.GetByLabel("Clé secrète Stripe").FillAsync("sk_live_wrong key");
        await admin.GetByLabel("Secret de signature du webhook").FillAsync("whsec_abc");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".field-error").First).ToContainTextAsync("n'a pas le bon format");
        await admin.CheckAndCaptureAsync("40-admin-reglages-carte");

        await admin.GetByLabel("Clé secrète Stripe").FillAsync("sk_live_51RegieAlpha");
        await admin.GetByLabel("Secret de signature du webhook").FillAsync("whsec_abc");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".notice")).ToContainTextAsync("Réglages « Carte bancaire » enregistrés.");
    }
}
