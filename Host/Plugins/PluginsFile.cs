using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Host.Plugins;

/// <summary>plugins.json: which plugins the process loads, and what each commune gets on first start
/// (docs/adr/0008). The database owns the per-commune state afterwards.</summary>
public sealed record PluginsFile(
    IReadOnlyList<PluginEntry> Modules,
    IReadOnlyList<PluginEntry> PaymentProviders,
    IReadOnlyList<PluginEntry> Sandboxes,
    CommunePlugins Defaults,
    IReadOnlyDictionary<string, CommunePlugins> Communes)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static PluginsFile Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"plugins.json not found at '{path}'.");
        }

        Raw raw;
        try
        {
            raw = JsonSerializer.Deserialize<Raw>(File.ReadAllText(path), Json)
                ?? throw new InvalidOperationException($"'{path}' is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"'{path}' is not valid: {e.Message}", e);
        }

        if (raw.Modules?.Any(m => m is null) == true || raw.PaymentProviders?.Any(m => m is null) == true || raw.Sandboxes?.Any(m => m is null) == true)
        {
            throw new InvalidOperationException($"'{path}' is not valid: a plugin entry is empty.");
        }

        var file = new PluginsFile(
            raw.Modules?.Select(m => m!).ToList() ?? [],
            raw.PaymentProviders?.Select(m => m!).ToList() ?? [],
            raw.Sandboxes?.Select(m => m!).ToList() ?? [],
            Plugins(raw.Defaults),
            (raw.Communes ?? []).ToDictionary(c => c.Key, c => Plugins(c.Value)));
        file.Validate(path);
        return file;
    }

    /// <summary>The modules a commune gets when it first appears.</summary>
    public IReadOnlyList<string> ModulesFor(string commune) =>
        Communes.TryGetValue(commune, out var plugins) ? plugins.Modules : Defaults.Modules;

    /// <summary>The payment channels a commune offers at checkout when it first appears.</summary>
    public IReadOnlyList<string> ProvidersFor(string commune) =>
        Communes.TryGetValue(commune, out var plugins) ? plugins.PaymentProviders : Defaults.PaymentProviders;

    /// <summary>The payment channels a commune offers for invoices when it first appears.</summary>
    public IReadOnlyList<string> InvoiceProvidersFor(string commune) =>
        Communes.TryGetValue(commune, out var plugins) ? plugins.InvoicePaymentProviders : Defaults.InvoicePaymentProviders;

    private void Validate(string path)
    {
        var problems = new List<string>();
        var modules = Ids(Modules, "module", problems);
        var providers = Ids(PaymentProviders, "payment provider", problems);
        Ids(Sandboxes, "sandbox", problems);
        foreach (var (scope, plugins) in Communes.Select(c => ($"commune '{c.Key}'", c.Value)).Append(("defaults", Defaults)))
        {
            problems.AddRange(plugins.Modules.Where(m => !modules.Contains(m)).Select(m => $"{scope} enables '{m}', which is not loaded"));
            problems.AddRange(plugins.PaymentProviders.Concat(plugins.InvoicePaymentProviders).Where(p => !providers.Contains(p))
                .Select(p => $"{scope} enables payment provider '{p}', which is not loaded"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"'{path}' is not valid: {string.Join("; ", problems)}.");
        }
    }

    private static HashSet<string> Ids(IReadOnlyList<PluginEntry> entries, string kind, List<string> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.Assembly) || string.IsNullOrWhiteSpace(entry.Version))
            {
                problems.Add($"every {kind} needs an id, an assembly and a version");
            }
            else if (!ids.Add(entry.Id))
            {
                problems.Add($"{kind} '{entry.Id}' is listed twice");
            }
        }

        return ids;
    }

    private sealed record Raw(
        [property: JsonPropertyName("$schema")] string? Schema,
        IReadOnlyList<PluginEntry?>? Modules,
        IReadOnlyList<PluginEntry?>? PaymentProviders,
        IReadOnlyList<PluginEntry?>? Sandboxes,
        RawCommunePlugins? Defaults,
        Dictionary<string, RawCommunePlugins?>? Communes);

    private static CommunePlugins Plugins(RawCommunePlugins? raw) =>
        new(raw?.Modules ?? [], raw?.PaymentProviders ?? [], raw?.InvoicePaymentProviders ?? []);

    private sealed record RawCommunePlugins(IReadOnlyList<string>? Modules, IReadOnlyList<string>? PaymentProviders, IReadOnlyList<string>? InvoicePaymentProviders);
}

/// <param name="Assembly">Path of the plugin's main assembly, relative to the plugins base directory.</param>
/// <param name="Version">The plugin version this deployment expects; a different major is refused.</param>
public sealed record PluginEntry(string Id, string Assembly, string Version);

/// <param name="PaymentProviders">Offered at checkout.</param>
/// <param name="InvoicePaymentProviders">Offered to pay invoices.</param>
public sealed record CommunePlugins(IReadOnlyList<string> Modules, IReadOnlyList<string> PaymentProviders, IReadOnlyList<string> InvoicePaymentProviders);
