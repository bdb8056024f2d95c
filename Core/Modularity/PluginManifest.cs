namespace Platform.Core.Modularity;

/// <summary>What a plugin's plugin.json declares about itself.</summary>
/// <param name="Id">Stable lower-case id, reused in plugins.json, routes, table prefixes and job keys.</param>
/// <param name="Kind">"module" or "paymentProvider".</param>
/// <param name="Requires">Ids of the modules this plugin cannot run without (the wallet payment provider needs the
/// Wallet module): without them it is refused, and the host starts without it.</param>
public sealed record PluginManifest(
    string Id,
    string Kind,
    string Version,
    string PlatformApi,
    string Assembly,
    string DisplayName,
    IReadOnlyList<string>? Requires = null);
