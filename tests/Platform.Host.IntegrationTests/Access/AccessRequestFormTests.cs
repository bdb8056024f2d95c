using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Access;

/// <summary>The "Demander l'accès" form refused for one field keeps the documents already chosen: a browser cannot
/// refill a file field, so the page says they were received and the next attempt needs none of them again.</summary>
public sealed partial class AccessRequestFormTests
{
    [Fact]
    public async Task A_form_refused_for_a_missing_child_keeps_its_documents_for_the_next_attempt_of_that_family_only()
    {
        using var platform = new TestPlatform();
        var tenancy = await TenancySetup.CreateAsync(platform);
        var parent = await platform.RegisterParentAsync("pieces@example.fr");
        var child = await parent.AddChildAsync("Léa");
        var pages = await platform.BrowserLoginAsync(parent.Email);
        var page = $"/services/demander/{tenancy.Beta.Id}";
        var fields = tenancy.Beta.DocumentFields([child]).ToList();

        var refused = await pages.PostMultipartAsync(page, Form(tenancy.Beta.TariffId, children: [], fields.Select(f => (f.Field, f.FileName, TestFiles.Pdf(f.Field)))));

        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Cochez au moins un enfant.", html, StringComparison.Ordinal);
        foreach (var (_, fileName) in fields)
        {
            Assert.Contains($"Fichier reçu : « {fileName} »", html, StringComparison.Ordinal);
        }

        var tickets = TicketPattern().Matches(html).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(fields.Select(f => f.Field).Order(), tickets.Keys.Order());

        var forged = await pages.PostMultipartAsync(page, Form(tenancy.Beta.TariffId, [child], [], tickets.ToDictionary(t => t.Key, t => t.Value[..^4] + "AAAA")));
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("Ajoutez le document", WebUtility.HtmlDecode(await forged.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var stranger = await platform.RegisterParentAsync("autre@example.fr");
        var strangerChild = await stranger.AddChildAsync("Tom");
        var strangerPages = await platform.BrowserLoginAsync(stranger.Email);
        var stolen = await strangerPages.PostMultipartAsync(page, Form(tenancy.Beta.TariffId, [strangerChild], [], tickets));
        var strangerHtml = WebUtility.HtmlDecode(await stolen.Content.ReadAsStringAsync());
        Assert.Contains("Ajoutez le document", strangerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Fichier reçu", strangerHtml, StringComparison.Ordinal);

        var sent = await pages.PostMultipartAsync(page, Form(tenancy.Beta.TariffId, [child], [], tickets));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var requests = await parent.Client.GetFromJsonAsync<JsonArray>($"/api/families/{parent.FamilyId}/access-requests");
        var documents = Assert.Single(requests!)!["documents"]!.AsArray();
        Assert.Equal(fields.Count, documents.Count);
        foreach (var document in documents)
        {
            var content = await parent.Client.GetStringAsync($"/api/documents/{document!.Id()}");
            Assert.Contains(fields.Single(f => f.FileName == document!["fileName"]!.GetValue<string>()).Field, content, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.GetFiles(Path.Combine(platform.DataDirectory, "documents-received")));
    }

    private static MultipartFormDataContent Form(
        Guid tariffId,
        IReadOnlyList<Guid> children,
        IEnumerable<(string Field, string FileName, byte[] Content)> files,
        IReadOnlyDictionary<string, string>? tickets = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(tariffId.ToString()), "TariffCategoryId" } };
        foreach (var child in children)
        {
            form.Add(new StringContent(child.ToString()), "ChildIds");
        }

        foreach (var (field, fileName, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, field, fileName);
        }

        foreach (var (field, ticket) in tickets ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(ticket), $"recu_{field}");
        }

        return form;
    }

    [GeneratedRegex("name=\"recu_([^\"]+)\" value=\"([^\"]+)\"")]
    private static partial Regex TicketPattern();
}
