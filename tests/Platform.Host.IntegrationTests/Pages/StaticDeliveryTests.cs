using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Pages;

/// <summary>What a phone downloads: the site icon, versioned files cached for a year, compressed responses.</summary>
public sealed partial class StaticDeliveryTests
{
    [Fact]
    public async Task The_icon_exists_versioned_files_are_cached_and_pages_are_compressed()
    {
        using var platform = new TestPlatform();
        var browser = platform.Anonymous();

        var icon = await browser.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/x-icon", icon.Content.Headers.ContentType?.MediaType);

        var home = await browser.GetStringAsync("/");
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.ico\"", home, StringComparison.Ordinal);
        var css = await browser.GetAsync(VersionedCss().Match(home).Value);
        Assert.Equal("public, max-age=31536000, immutable", css.Headers.CacheControl?.ToString());

        using var compressed = new HttpRequestMessage(HttpMethod.Get, "/");
        compressed.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        var page = await browser.SendAsync(compressed);
        Assert.Equal("br", Assert.Single(page.Content.Headers.ContentEncoding));
    }

    [GeneratedRegex("/css/site\\.css\\?v=[^\"]+")]
    private static partial Regex VersionedCss();
}
