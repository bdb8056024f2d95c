using System.Text.Json;

namespace Platform.Host.Demo;

/// <summary>The demo's content (Demo/demo.json beside the host): data, like plugins.json, so the host's code names no
/// module or provider and a new module's demo services are a few lines of JSON.</summary>
internal sealed record DemoData(
    IReadOnlyList<DemoCommune> Communes,
    IReadOnlyList<DemoRegie> Regies,
    IReadOnlyList<DemoService> Services,
    IReadOnlyDictionary<string, DemoDocument> Documents,
    DemoAgent Agent)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static DemoData Read() =>
        JsonSerializer.Deserialize<DemoData>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Demo", "demo.json")), Json)
        ?? throw new InvalidOperationException("Demo/demo.json is empty.");
}

internal sealed record DemoCommune(string Slug, string Name);

/// <param name="PaymentSettings">Per payment provider id, the régie's settings (test values only).</param>
internal sealed record DemoRegie(string Key, string Name, IReadOnlyDictionary<string, Dictionary<string, string?>>? PaymentSettings);

internal sealed record DemoService(
    string Commune, string Regie, string Module, string Name, string? Description, IReadOnlyList<string> Tariffs, IReadOnlyList<string> Documents,
    bool ValidatedForTheDemoFamily);

internal sealed record DemoDocument(bool PerChild, int ValidityMonths);

internal sealed record DemoAgent(string FirstName, string LastName, IReadOnlyList<string> Communes);
