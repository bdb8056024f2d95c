using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Families;

/// <summary>The child page's secondary forms post where the page renders them to (they used to lose the child's id
/// and answer "Page introuvable").</summary>
public sealed partial class ChildPageFormTests
{
    [Fact]
    public async Task Sharing_and_removing_a_child_work_from_the_forms_of_its_page()
    {
        using var platform = new TestPlatform();
        var parent = await platform.RegisterParentAsync("julie@example.fr");
        var lea = await parent.AddChildAsync("Léa");
        var browser = await platform.BrowserLoginAsync(parent.Email);
        var page = $"/famille/enfants/{lea}";

        var share = await browser.PostFormAsync(await ActionAsync(browser, page, "Partager"), new() { ["ShareEmail"] = "marc@example.fr" }, page);
        Assert.Equal(HttpStatusCode.Redirect, share.StatusCode);
        Assert.NotNull(platform.Mailbox.LinkTo("marc@example.fr"));

        var remove = await browser.PostFormAsync(await ActionAsync(browser, page, "Supprimer"), [], page);
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        var family = await parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{parent.FamilyId}");
        Assert.Empty(family!["children"]!.AsArray());
    }

    private static async Task<string> ActionAsync(HttpClient browser, string page, string handler)
    {
        var html = await browser.GetStringAsync(page);
        var action = FormAction().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Single(a => a.EndsWith($"handler={handler}", StringComparison.Ordinal));
        Assert.True(action.StartsWith(page, StringComparison.Ordinal), action);
        return action;
    }

    [GeneratedRegex("<form[^>]* action=\"([^\"]+)\"")]
    private static partial Regex FormAction();
}
