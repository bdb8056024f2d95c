using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Platform.Host.Common;

/// <summary>Absolute links to the platform (emails, payment providers' return and callback URLs, background jobs):
/// <c>Platform:PublicBaseUrl</c>, else (Development and tests only) the first address the server listens on. Never the
/// request's Host header, which any client chooses.</summary>
public sealed class PublicUrls(IConfiguration configuration, IServer server) : Platform.Core.Email.IPublicUrls
{
    private string? baseUrl;

    public string For(string pathAndQuery) =>
        ((baseUrl ??= Configured() ?? Normalise(server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()))
            ?? Normalise(configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault())
            ?? "http://localhost") + pathAndQuery;

    private string? Configured() =>
        configuration["Platform:PublicBaseUrl"] is { Length: > 0 } configured ? configured.TrimEnd('/') : null;

    /// <summary>Kestrel fills in the addresses once started (with the real port when 0 was asked), so only they are
    /// kept; before that, the configured <c>urls</c> stand in. A wildcard host ("*", "+", "0.0.0.0", "[::]") becomes localhost.</summary>
    private static string? Normalise(string? address)
    {
        if (address is null || !Uri.TryCreate(
                address.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return new UriBuilder(uri) { Host = host }.Uri.GetLeftPart(UriPartial.Authority);
    }
}
