using Microsoft.Playwright;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.EndToEnd;

/// <summary>The Dombes journey in real Chromium on a phone-sized screen, pages only, no API.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ParentJourneyInBrowserTests
{
    [Fact]
    public async Task Parent_signs_up_adds_two_children_requests_access_and_sees_it_validated()
    {
        await using var server = await LiveServer.StartAsync();
        var tenancy = await TenancySetup.CreateAsync(server.Platform);
        const string email = "claire.bernard@example.fr";

        var parent = await server.NewPhonePageAsync();
        await parent.GotoAsync("/");
        await parent.CheckAndCaptureAsync("01-accueil");
        await parent.GetByRole(AriaRole.Link, new() { Name = "Créer mon compte" }).First.ClickAsync();
        await parent.GetByLabel("Adresse e-mail").FillAsync(email);
        await parent.GetByLabel("Madame").CheckAsync();
        await parent.GetByLabel("Nom", new() { Exact = true }).FillAsync("Bernard");
        await parent.GetByLabel("Prénom").FillAsync("Claire");
        await parent.GetByLabel("Adresse (numéro et rue)").FillAsync("4 chemin du Moulin");
        await parent.GetByLabel("Code postal").FillAsync("01990");
        await parent.GetByLabel("Commune").FillAsync("Baneins");
        await parent.GetByLabel("Téléphone").FillAsync("06 98 76 54 32");
        await parent.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync("trop-court");
        await parent.GetByLabel("Confirmez le mot de passe").FillAsync("trop-court");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await Assertions.Expect(parent.Locator(".error-summary")).ToContainTextAsync("au moins 13 caractères");
        await parent.CheckAndCaptureAsync("02-inscription-erreurs");
        await parent.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(TestPlatform.Password);
        await parent.GetByLabel("Confirmez le mot de passe").FillAsync(TestPlatform.Password);
        await parent.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await Assertions.Expect(parent.Locator("h1")).ToHaveTextAsync("Confirmez votre adresse e-mail");

        await parent.GotoAsync(server.Platform.Mailbox.LinkTo(email));
        await Assertions.Expect(parent.Locator("h1")).ToHaveTextAsync("Adresse e-mail confirmée");
        await parent.GetByRole(AriaRole.Link, new() { Name = "Me connecter" }).Last.ClickAsync();
        await parent.CheckAndCaptureAsync("03-connexion");
        await parent.GetByLabel("Adresse e-mail").FillAsync(email);
        await parent.GetByLabel("Mot de passe").FillAsync(TestPlatform.Password);
        await parent.GetByRole(AriaRole.Button, new() { Name = "Me connecter" }).ClickAsync();
        await Assertions.Expect(parent.Locator("h1")).ToHaveTextAsync("Ma famille");

        await AddChildAsync(parent, "Emma", "2017-06-21", "CE2", capture: true);
        await AddChildAsync(parent, "Louis", "2020-01-09", "MS", capture: false);
        await Assertions.Expect(parent.Locator(".child-card h3")).ToHaveTextAsync(["Emma Bernard", "Louis Bernard"]);
        await parent.CheckAndCaptureAsync("05-ma-famille");

        await parent.GetByRole(AriaRole.Link, new() { Name = "Mes services" }).ClickAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Demander l'accès à un service" }).ClickAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Cantine d'Alpha" }).ClickAsync();
        await parent.GetByLabel("Service cantine", new() { Exact = true }).CheckAsync();
        await parent.GetByLabel("Emma Bernard").CheckAsync();
        await parent.GetByLabel("Louis Bernard").CheckAsync();
        foreach (var input in await parent.Locator("input[type=file]").AllAsync())
        {
            await input.SetInputFilesAsync(new FilePayload { Name = "piece.pdf", MimeType = "application/pdf", Buffer = TestFiles.Pdf() });
        }

        await parent.CheckAndCaptureAsync("06-demande-acces");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma demande" }).ClickAsync();
        await Assertions.Expect(parent.Locator(".card .badge")).ToHaveTextAsync("En attente de validation");
        await parent.CheckAndCaptureAsync("07-mes-services-en-attente");

        var agent = await server.NewPhonePageAsync();
        await agent.GotoAsync("/compte/connexion");
        await agent.GetByLabel("Adresse e-mail").FillAsync(TenancySetup.AgentAlpha);
        await agent.GetByLabel("Mot de passe").FillAsync(TestPlatform.Password);
        await agent.GetByRole(AriaRole.Button, new() { Name = "Me connecter" }).ClickAsync();
        await Assertions.Expect(agent.Locator("h1")).ToHaveTextAsync("Demandes d'accès aux services");
        await agent.CheckAndCaptureAsync("08-agent-demandes");
        await agent.GetByRole(AriaRole.Link, new() { Name = "Famille Bernard" }).ClickAsync();
        await Assertions.Expect(agent.Locator("li a[href^='/documents/']")).ToHaveCountAsync(3);
        await agent.CheckAndCaptureAsync("09-agent-demande");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Valider la demande" }).ClickAsync();
        await Assertions.Expect(agent.Locator(".notice")).ToContainTextAsync("Demande validée");

        await parent.ReloadAsync();
        await Assertions.Expect(parent.Locator(".card .badge")).ToHaveTextAsync("Validé");
        await parent.CheckAndCaptureAsync("10-mes-services-valide");
        Assert.Equal("Demande acceptée : Cantine d'Alpha", server.Platform.Mailbox.Last(email).Subject);
    }

    private static async Task AddChildAsync(IPage page, string firstName, string birthDate, string schoolClass, bool capture)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Ajouter un enfant" }).ClickAsync();
        await page.GetByLabel("Nom de l'enfant", new() { Exact = true }).FillAsync("Bernard");
        await page.GetByLabel("Prénom de l'enfant").FillAsync(firstName);
        await page.GetByLabel("Date de naissance").FillAsync(birthDate);
        await page.GetByLabel("Qui êtes-vous pour cet enfant ?").SelectOptionAsync("Mere");
        await page.GetByLabel("Classe").FillAsync(schoolClass);
        await page.GetByLabel("Photo d'identité (facultative)").SetInputFilesAsync(
            new FilePayload { Name = $"{firstName}.png", MimeType = "image/png", Buffer = TestFiles.Png() });
        if (capture)
        {
            await page.CheckAndCaptureAsync("04-ajouter-enfant");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync($"{firstName} est enregistré(e).");
    }
}
