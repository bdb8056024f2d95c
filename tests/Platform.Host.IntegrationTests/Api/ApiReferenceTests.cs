using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Api;

public sealed class ApiReferenceTests
{
    [Fact]
    public async Task The_openapi_document_describes_the_platform_and_module_endpoints()
    {
        using var platform = new TestPlatform();

        var document = await platform.Anonymous().GetFromJsonAsync<JsonObject>("/openapi/v1.json");

        Assert.Equal("Portail famille", document!["info"]!["title"]!.GetValue<string>());
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/account/register", paths);
        Assert.Contains("/api/families/{familyId}/access-requests", paths);
        Assert.Contains("/api/agent/access-requests/{requestId}/validate", paths);
        Assert.Contains("/api/communes/{commune}/cantine/services", paths);
    }

    [Fact]
    public async Task The_browsable_reference_is_served_by_the_host_itself()
    {
        using var platform = new TestPlatform();

        var page = await platform.Anonymous().GetAsync("/api/docs/index.html");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("swagger-ui", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"https://", html, StringComparison.Ordinal);
    }
}
