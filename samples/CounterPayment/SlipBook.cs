using System.Text.Json;

namespace CounterPayment;

/// <summary>The slips of one régie, one JSON file per slip in a folder shared with the régie's till: the only record
/// of what was cashed, so the provider reads payments from it and never from a notification.</summary>
public sealed class SlipBook(string folder)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Writes <paramref name="slip"/> unless its reference exists already; returns the slip on file.</summary>
    public Slip Issue(Slip slip)
    {
        Directory.CreateDirectory(folder);
        try
        {
            using var file = new FileStream(PathOf(slip.Reference), FileMode.CreateNew, FileAccess.Write);
            JsonSerializer.Serialize(file, slip, Json);
            return slip;
        }
        catch (IOException) when (Find(slip.Reference) is { } existing)
        {
            return existing;
        }
    }

    public Slip? Find(string reference)
    {
        if (!Slip.IsReference(reference) || !File.Exists(PathOf(reference)))
        {
            return null;
        }

        return JsonSerializer.Deserialize<Slip>(File.ReadAllText(PathOf(reference)), Json);
    }

    /// <summary>The agent's act at the counter: the amount received for a slip. Recording it again changes nothing.</summary>
    public Slip RecordPayment(string reference, long cents, DateTimeOffset at)
    {
        var slip = Find(reference) ?? throw new InvalidOperationException($"Aucun bordereau {reference}.");
        if (slip.PaidCents is not null)
        {
            return slip;
        }

        var paid = slip with { PaidCents = cents, PaidAt = at };
        var draft = PathOf(reference) + ".tmp";
        File.WriteAllText(draft, JsonSerializer.Serialize(paid, Json));
        File.Move(draft, PathOf(reference), overwrite: true);
        return paid;
    }

    private string PathOf(string reference) => Path.Combine(folder, reference + ".json");
}
