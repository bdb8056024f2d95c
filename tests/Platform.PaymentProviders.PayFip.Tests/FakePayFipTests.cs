using System.Net;
using System.Text;
using System.Xml.Linq;
using Platform.PaymentProviders.Abstractions;
using Xunit;

namespace Platform.PaymentProviders.PayFip.Tests;

/// <summary>The simulation's own behaviour, which the sandbox shows to people.</summary>
public sealed class FakePayFipTests : PayFipTestBase
{
    [Fact]
    public async Task Payment_page_is_a_labelled_simulation_showing_the_debt()
    {
        var request = PayFipWorld.NewRequest(1250, description: "Cantine novembre");
        var redirect = await World.StartPaymentAsync(request);

        using var page = await World.OpenAsync(redirect.Url);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Simulation — aucun paiement réel", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("12,50 €", html, StringComparison.Ordinal);
        Assert.Contains("Cantine novembre", html, StringComparison.Ordinal);
        Assert.Contains(PayFipFields.Refdet(request.PaymentId), html, StringComparison.Ordinal);
        foreach (var button in new[] { "Payer par carte", "Payer par prélèvement", "Carte refusée", "Abandonner" })
        {
            Assert.Contains(button, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Payment_page_stops_taking_answers_after_15_minutes()
    {
        var redirect = await World.StartPaymentAsync(PayFipWorld.NewRequest());
        World.Clock.Advance(TimeSpan.FromMinutes(15));

        using var page = await World.OpenAsync(redirect.Url);

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Equal(PaymentState.Pending, (await World.StatusAsync(redirect.ProviderReference)).State);
    }

    [Fact]
    public async Task Payment_page_of_a_paid_operation_takes_no_other_answer()
    {
        var redirect = await World.StartPaymentAsync(PayFipWorld.NewRequest());
        await World.AnswerAsync(redirect, "P");

        using var page = await World.OpenAsync(redirect.Url);
        using var refusal = await World.SubmitAsync(redirect.Url, "R");

        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refusal.StatusCode);
        Assert.Single(World.Notifications.Delivered);
        Assert.Equal(PaymentState.Succeeded, (await World.StatusAsync(redirect.ProviderReference)).State);
    }

    [Theory]
    [InlineData("ABCD")]
    [InlineData("ABC-DEF-123")]
    public async Task Creation_with_a_malformed_refdet_faults_R3(string refdet)
    {
        using var client = new HttpClient();
        var envelope = $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:pai="http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/contrat_paiement_securise/PaiementSecuriseService">
              <soapenv:Body><pai:creerPaiementSecurise><arg0>
                <exer>2026</exer><mel>parent@example.org</mel><montant>1000</montant><numcli>{PayFipWorld.Numcli}</numcli><objet>Test</objet>
                <refdet>{refdet}</refdet><saisie>T</saisie><urlnotif>https://p.example/n</urlnotif><urlredirect>https://p.example/r</urlredirect>
              </arg0></pai:creerPaiementSecurise></soapenv:Body>
            </soapenv:Envelope>
            """;

        using var response = await client.PostAsync(new Uri(World.Server.BaseAddress, "/tpa/services/securite"), new StringContent(envelope, Encoding.UTF8, "text/xml"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var error = XDocument.Parse(body).Descendants(XName.Get("FonctionnelleErreur", "http://securite.service.tpa.cp.finances.gouv.fr/reponse")).Single();
        Assert.Equal("R3", error.Element("code")?.Value);
    }
}
