using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Families;

/// <summary>"Mes filiations": two parents in one family, and one child in two families (garde alternée).</summary>
public sealed class FamilyCellTests
{
    [Fact]
    public async Task The_other_parent_joins_the_family_with_their_own_login()
    {
        using var platform = new TestPlatform();
        var julie = await platform.RegisterParentAsync("julie@example.fr");
        await julie.AddChildAsync("Léa");

        var invited = await julie.Client.PostAsJsonAsync($"/api/families/{julie.FamilyId}/invitations", new { email = "marc@example.fr" });
        Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
        var token = platform.Mailbox.LinkTo("marc@example.fr").Split('/').Last();
        var marc = await platform.RegisterParentAsync("marc@example.fr");
        var intruder = await platform.RegisterParentAsync("intrus@example.fr");

        var wrongAccount = await intruder.Client.PostAsJsonAsync($"/api/invitations/{token}/accept", new { });
        Assert.Equal(HttpStatusCode.BadRequest, wrongAccount.StatusCode);
        var accepted = await marc.Client.PostAsJsonAsync($"/api/invitations/{token}/accept", new { });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var replayed = await marc.Client.PostAsJsonAsync($"/api/invitations/{token}/accept", new { });
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);

        var family = await marc.Client.GetFromJsonAsync<JsonObject>($"/api/families/{julie.FamilyId}");
        Assert.Equal(["julie@example.fr", "marc@example.fr"], family!["adults"]!.AsArray().Select(a => a!["email"]!.GetValue<string>()));
        Assert.Equal("Léa", family["children"]![0]!["firstName"]!.GetValue<string>());
        Assert.Equal(2, (await marc.Client.GetFromJsonAsync<JsonArray>("/api/families"))!.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.Client.GetAsync($"/api/families/{julie.FamilyId}")).StatusCode);
    }

    [Fact]
    public async Task A_child_shared_by_separated_parents_is_one_record_in_two_families_with_separate_requests()
    {
        using var platform = new TestPlatform();
        var tenancy = await TenancySetup.CreateAsync(platform);
        var mother = await platform.RegisterParentAsync("mere@example.fr");
        var father = await platform.RegisterParentAsync("pere@example.fr");
        var lea = await mother.AddChildAsync("Léa");
        using var photo = new MultipartFormDataContent { { new ByteArrayContent(TestFiles.Png()), "photo", "lea.png" } };
        await mother.Client.PutAsync($"/api/families/{mother.FamilyId}/children/{lea}/photo", photo);
        await mother.RequestAccessAsync(tenancy.Alpha, [lea]);

        var shared = await mother.Client.PostAsJsonAsync($"/api/families/{mother.FamilyId}/children/{lea}/share", new { email = father.Email });
        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        var token = platform.Mailbox.LinkTo(father.Email).Split('/').Last();
        var noFamily = await father.Client.PostAsJsonAsync($"/api/invitations/{token}/accept", new { filiation = "Pere" });
        Assert.Equal(HttpStatusCode.BadRequest, noFamily.StatusCode);
        var accepted = await father.Client.PostAsJsonAsync($"/api/invitations/{token}/accept", new { familyId = father.FamilyId, filiation = "Pere" });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        var fatherFamily = await father.Client.GetFromJsonAsync<JsonObject>($"/api/families/{father.FamilyId}");
        var child = fatherFamily!["children"]![0]!;
        Assert.Equal(lea, child.Id());
        Assert.Equal("Pere", child["filiation"]!.GetValue<string>());
        Assert.Equal(2, child["familyCount"]!.GetValue<int>());
        var fatherPhoto = await father.Client.GetAsync($"/api/families/{father.FamilyId}/children/{lea}/photo");
        Assert.Equal("image/png", fatherPhoto.Content.Headers.ContentType!.MediaType);

        await father.Client.PutAsJsonAsync(
            $"/api/families/{father.FamilyId}/children/{lea}",
            new { firstName = "Léa", lastName = "Martin", birthDate = "2018-03-14", filiation = "Pere", medicalNotes = "Allergie aux arachides (PAI)" });
        var motherView = await mother.Client.GetFromJsonAsync<JsonObject>($"/api/families/{mother.FamilyId}");
        Assert.Equal("Allergie aux arachides (PAI)", motherView!["children"]![0]!["medicalNotes"]!.GetValue<string>());
        Assert.Equal("Mere", motherView["children"]![0]!["filiation"]!.GetValue<string>());

        Assert.Empty((await father.Client.GetFromJsonAsync<JsonArray>($"/api/families/{father.FamilyId}/access-requests"))!);
        Assert.Single((await mother.Client.GetFromJsonAsync<JsonArray>($"/api/families/{mother.FamilyId}/access-requests"))!);

        var removed = await father.Client.DeleteAsync($"/api/families/{father.FamilyId}/children/{lea}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Single((await mother.Client.GetFromJsonAsync<JsonObject>($"/api/families/{mother.FamilyId}"))!["children"]!.AsArray());
        Assert.Empty((await father.Client.GetFromJsonAsync<JsonObject>($"/api/families/{father.FamilyId}"))!["children"]!.AsArray());
    }

    [Fact]
    public async Task Removing_the_last_family_of_a_child_deletes_the_child_and_its_photo()
    {
        using var platform = new TestPlatform();
        var parent = await platform.RegisterParentAsync("seul@example.fr");
        var child = await parent.AddChildAsync("Hugo");
        using var photo = new MultipartFormDataContent { { new ByteArrayContent(TestFiles.Png()), "photo", "hugo.png" } };
        await parent.Client.PutAsync($"/api/families/{parent.FamilyId}/children/{child}/photo", photo);
        var documents = Path.Combine(platform.DataDirectory, "documents");
        Assert.Single(Directory.GetFiles(documents));

        await parent.Client.DeleteAsync($"/api/families/{parent.FamilyId}/children/{child}");

        Assert.Equal(0, SqliteInspector.Snapshot(platform)["platform_children"]);
        Assert.Empty(Directory.GetFiles(documents));
    }
}
