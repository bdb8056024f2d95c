namespace Platform.Core.Application;

/// <summary>Outcome of an application service call, shared by pages and API. Errors are keyed by input field
/// and written in French for the person who typed the value.</summary>
public sealed class AppResult<T>
{
    private AppResult(T? value, IReadOnlyDictionary<string, string[]>? errors, bool notFound)
    {
        Value = value;
        Errors = errors ?? new Dictionary<string, string[]>();
        IsNotFound = notFound;
    }

    public T? Value { get; }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public bool IsNotFound { get; }

    public bool Succeeded => !IsNotFound && Errors.Count == 0;

    public static AppResult<T> Ok(T value) => new(value, null, false);

    public static AppResult<T> NotFound() => new(default, null, true);

    public static AppResult<T> Invalid(Errors errors) => new(default, errors.ToDictionary(), false);

    public static AppResult<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(default, errors, false);

    public static AppResult<T> Invalid(string field, string message) => new(default, new Dictionary<string, string[]> { [field] = [message] }, false);

    public static implicit operator AppResult<T>(Errors errors) => Invalid(errors);
}

/// <summary>Collects validation messages per field.</summary>
public sealed class Errors
{
    private readonly Dictionary<string, List<string>> byField = new(StringComparer.Ordinal);

    public bool Any => byField.Count > 0;

    public Errors Add(string field, string message)
    {
        if (!byField.TryGetValue(field, out var list))
        {
            byField[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    public void Require(string field, string? value, string message, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, message);
        }
        else if (value.Trim().Length > maxLength)
        {
            Add(field, $"{maxLength} caractères au plus.");
        }
    }

    public void MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            Add(field, $"{maxLength} caractères au plus.");
        }
    }

    public Dictionary<string, string[]> ToDictionary() => byField.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
