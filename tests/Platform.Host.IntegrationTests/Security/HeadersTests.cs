using System.Net;
using System.Text.RegularExpressions;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Security;

/// <summary>Audit finding 7: a Content-Security-Policy without inline script or style, and the other security headers.</summary>
public sealed partial class HeadersTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/compte/connexion")]
    [InlineData("/compte/inscription")]
    [InlineData("/famille")]
    public async Task Every_page_forbids_inline_scripts_framing_and_browser_features(string path)
    {
        using var platform = new TestPlatform();
        var parent = await platform.RegisterParentAsync("entetes@example.fr");
        var browser = await platform.BrowserLoginAsync(parent.Email);

        var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Directives(response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self'", policy["style-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'self'", policy["base-uri"]);
        Assert.StartsWith("'self'", policy["form-action"], StringComparison.Ordinal);
        var permissions = response.Headers.GetValues("Permissions-Policy").Single();
        Assert.All(["camera=()", "microphone=()", "geolocation=()", "payment=()"], feature => Assert.Contains(feature, permissions, StringComparison.Ordinal));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(InlineStyle(), html);
    }

    [Fact]
    public async Task The_api_reference_page_loads_its_scripts_from_files()
    {
        using var platform = new TestPlatform();

        var response = await platform.Anonymous().GetAsync("/api/docs/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("'self'", Directives(response.Headers.GetValues("Content-Security-Policy").Single())["script-src"]);
        Assert.DoesNotMatch(InlineScript(), await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(directive => directive.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : "");

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>|\son[a-z]+\s*=|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<style|\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();
}
