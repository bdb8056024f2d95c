using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Access;

/// <summary>The first half of the Dombes guide's journey, through the JSON API on a real SQLite file.</summary>
public sealed class ParentJourneyTests
{
    [Fact]
    public async Task Sign_up_to_validated_access_with_emails_at_each_step()
    {
        using var platform = new TestPlatform();
        var tenancy = await TenancySetup.CreateAsync(platform);

        var parent = await platform.RegisterParentAsync("julie.martin@example.fr");
        Assert.Contains("Confirmez votre adresse", platform.Mailbox.Last(parent.Email).Subject, StringComparison.Ordinal);

        var lea = await parent.AddChildAsync("Léa", "2018-03-14");
        var hugo = await parent.AddChildAsync("Hugo", "2020-09-02");
        var family = await parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{parent.FamilyId}");
        Assert.Equal(["Léa", "Hugo"], family!["children"]!.AsArray().Select(c => c!["firstName"]!.GetValue<string>()));

        var requested = await parent.RequestAccessAsync(tenancy.Alpha, [lea, hugo]);
        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        var request = await requested.ReadObjectAsync();
        Assert.Equal("Pending", request["status"]!.GetValue<string>());
        Assert.Equal(3, request["documents"]!.AsArray().Count);
        Assert.Contains("Nouvelle demande", platform.Mailbox.Last(TenancySetup.AgentAlpha).Subject, StringComparison.Ordinal);

        var agent = await platform.LoginAsync(TenancySetup.AgentAlpha);
        var pending = await agent.GetFromJsonAsync<JsonArray>("/api/agent/access-requests?status=Pending");
        var seen = Assert.Single(pending!);
        Assert.Equal(request.Id(), seen!.Id());
        var document = await agent.GetAsync($"/api/documents/{request["documents"]![0]!.Id()}");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.StartsWith("%PDF-", await document.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var validated = await agent.PostAsync($"/api/agent/access-requests/{request.Id()}/validate", null);
        Assert.Equal(HttpStatusCode.OK, validated.StatusCode);

        var mine = await parent.Client.GetFromJsonAsync<JsonArray>($"/api/families/{parent.FamilyId}/access-requests");
        Assert.Equal("Validated", mine![0]!["status"]!.GetValue<string>());
        var decision = platform.Mailbox.Last(parent.Email);
        Assert.Equal("Demande acceptée : Cantine d'Alpha", decision.Subject);
        Assert.Contains("est validée", decision.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusal_needs_a_reason_and_tells_the_family_why()
    {
        using var platform = new TestPlatform();
        var tenancy = await TenancySetup.CreateAsync(platform);
        var parent = await platform.RegisterParentAsync("refus@example.fr");
        var child = await parent.AddChildAsync("Léa");
        var request = await (await parent.RequestAccessAsync(tenancy.Alpha, [child])).ReadObjectAsync();
        var agent = await platform.LoginAsync(TenancySetup.AgentAlpha);

        var noReason = await agent.PostAsJsonAsync($"/api/agent/access-requests/{request.Id()}/refuse", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var refused = await agent.PostAsJsonAsync($"/api/agent/access-requests/{request.Id()}/refuse", new { reason = "Attestation d'assurance illisible" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await agent.PostAsync($"/api/agent/access-requests/{request.Id()}/validate", null);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        Assert.Contains("Motif : Attestation d'assurance illisible", platform.Mailbox.Last(parent.Email).TextBody, StringComparison.Ordinal);
        var secondTry = await parent.RequestAccessAsync(tenancy.Alpha, [child]);
        Assert.Equal(HttpStatusCode.Created, secondTry.StatusCode);
    }
}
