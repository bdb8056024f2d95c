using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace Platform.Host.IntegrationTests.Support;

/// <summary>Drives the platform through its JSON API, as a mobile app would.</summary>
public static class ApiDriver
{
    public static async Task<HttpClient> LoginAsync(this TestPlatform platform, string email, string password = TestPlatform.Password)
    {
        var client = platform.Anonymous();
        var response = await client.PostAsJsonAsync("/api/account/login", new { email, password });
        Assert.True(response.IsSuccessStatusCode, $"login of {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Task<HttpClient> AdminAsync(this TestPlatform platform) => platform.LoginAsync(TestPlatform.AdminEmail);

    public static object RegisterBody(string email, string password = TestPlatform.Password) => new
    {
        email,
        password,
        civilite = "Madame",
        lastName = "Martin",
        firstName = "Julie",
        addressLine = "12 rue des Étangs",
        postalCode = "01990",
        city = "Baneins",
        phone = "06 12 34 56 78",
    };

    /// <summary>Signs up, confirms the address with the emailed link, logs in.</summary>
    public static async Task<Parent> RegisterParentAsync(this TestPlatform platform, string email)
    {
        var anonymous = platform.Anonymous();
        var registered = await anonymous.PostAsJsonAsync("/api/account/register", RegisterBody(email));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        await platform.ConfirmFromMailAsync(email);
        var client = await platform.LoginAsync(email);
        var families = await client.GetFromJsonAsync<JsonArray>("/api/families");
        return new Parent(email, client, Guid.Parse(families![0]!["id"]!.GetValue<string>()));
    }

    public static async Task ConfirmFromMailAsync(this TestPlatform platform, string email)
    {
        var query = QueryHelpers.ParseQuery(new Uri("http://x" + platform.Mailbox.LinkTo(email)).Query);
        var confirmed = await platform.Anonymous().PostAsJsonAsync(
            "/api/account/confirm-email", new { userId = Guid.Parse(query["userId"]!), code = query["code"].ToString() });
        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
    }

    public static async Task<Guid> AddChildAsync(this Parent parent, string firstName, string birthDate = "2018-03-14")
    {
        var response = await parent.Client.PostAsJsonAsync(
            $"/api/families/{parent.FamilyId}/children",
            new { firstName, lastName = "Martin", birthDate, filiation = "Mere", schoolClass = "CE1" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Guid.Parse((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
    }

    /// <summary>Asks access with every required document (a PDF each), per child where required per child.</summary>
    public static async Task<HttpResponseMessage> RequestAccessAsync(
        this Parent parent, TenancySetup.ServiceIds service, IReadOnlyList<Guid> children, Func<string, byte[]>? file = null)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(service.Id.ToString()), "serviceId" },
            { new StringContent(service.TariffId.ToString()), "tariffCategoryId" },
        };
        foreach (var child in children)
        {
            form.Add(new StringContent(child.ToString()), "childIds");
        }

        foreach (var (field, name) in service.DocumentFields(children))
        {
            var content = new ByteArrayContent((file ?? (_ => TestFiles.Pdf()))(field));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(content, field, name);
        }

        return await parent.Client.PostAsync($"/api/families/{parent.FamilyId}/access-requests", form);
    }

    public static async Task<JsonObject> ReadObjectAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static Guid Id(this JsonNode node, string property = "id") => Guid.Parse(node[property]!.GetValue<string>());

    public static string Json(this object value) => JsonSerializer.Serialize(value);
}

public sealed record Parent(string Email, HttpClient Client, Guid FamilyId);
