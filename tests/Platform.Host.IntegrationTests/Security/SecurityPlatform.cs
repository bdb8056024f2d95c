using Platform.Host.IntegrationTests.Support;

namespace Platform.Host.IntegrationTests.Security;

/// <summary>A platform with the production rate limits (the shared test platform lifts them) and a configured public
/// address; clients told apart by X-Forwarded-For, which the host trusts from the test server as from a local proxy.</summary>
internal static class SecurityPlatform
{
    public const string PublicBaseUrl = "https://portail.example.fr";

    public static TestPlatform Create() => new(settings: new Dictionary<string, string>
    {
        ["Platform:PublicBaseUrl"] = PublicBaseUrl,
        ["Security:RateLimits:ClientRequestsPerMinute"] = "20",
        ["Security:RateLimits:LoginAttemptsPerMinute"] = "5",
        ["Security:RateLimits:EmailsPerAddress"] = "2",
        ["Security:RateLimits:MinutesPerEmail"] = "5",
    });

    /// <summary>A client without cookies, seen by the platform as coming from <paramref name="address"/>.</summary>
    public static HttpClient From(this TestPlatform platform, string address)
    {
        var client = platform.Anonymous();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }
}
