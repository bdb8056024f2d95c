using System.Reflection;
using System.Text.Json;
using Platform.Host.Composition;

namespace Platform.Host.Api;

/// <summary>What was wrong with a request that could not be read, in French, keyed by the JSON path of the field.</summary>
internal sealed record UnreadableInput(int Status, string Title, string Detail, Dictionary<string, string[]> Errors)
{
    private const string Title400 = "La demande contient des erreurs.";

    public static UnreadableInput? From(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException => TooLarge(),
        BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => new(
            StatusCodes.Status415UnsupportedMediaType, "Type de contenu non pris en charge.", "Envoyez du JSON (Content-Type: application/json).", []),
        BadHttpRequestException { InnerException: JsonException json } => FromJson(json),
        BadHttpRequestException bad => FromParameter(bad.Message),
        _ => null,
    };

    private static UnreadableInput TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, "Envoi trop volumineux.", RequestLimits.TooLargeMessage, []);

    /// <summary>A route, query or body parameter missing or not parsable ("Failed to bind parameter "DateTime? from"
    /// from "abc".", "Required parameter "Guid id" was not provided…").</summary>
    private static UnreadableInput FromParameter(string message)
    {
        var name = message.Split('"') is [_, var parameter, ..] ? parameter.Split(' ')[^1] : "$";
        var missing = message.StartsWith("Required", StringComparison.Ordinal) || message.Contains("no body", StringComparison.Ordinal);
        return new(StatusCodes.Status400BadRequest, Title400, "La requête est mal formée : un paramètre manque ou n'a pas le format attendu.",
            new() { [name] = [missing ? "Ce champ est obligatoire." : "Cette valeur n'est pas valable."] });
    }

    private static UnreadableInput FromJson(JsonException json)
    {
        // A reader exception inside means the text is not JSON at all (cut short, missing quote), not a wrong value.
        if (json.InnerException is JsonException)
        {
            return new(StatusCodes.Status400BadRequest, Title400, "La requête est mal formée : le JSON envoyé est incomplet ou mal formé.",
                new() { ["$"] = ["Le JSON envoyé est incomplet ou mal formé : vérifiez les accolades, les crochets et les guillemets."] });
        }

        var field = json.Path is null or "$" ? "$" : json.Path.StartsWith("$.", StringComparison.Ordinal) ? json.Path[2..] : json.Path;
        return new(StatusCodes.Status400BadRequest, Title400, "La requête est mal formée : un champ n'a pas le type ou le format attendu.",
            new() { [field] = [MessageFor(FieldType(json))] });
    }

    private static string MessageFor(Type? type) => type switch
    {
        { IsEnum: true } => $"Choisissez l'une de ces valeurs : {string.Join(", ", Enum.GetNames(type))}.",
        _ when type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) =>
            "Indiquez une date qui existe, au format AAAA-MM-JJ (par exemple 2027-06-07).",
        _ when type == typeof(TimeOnly) || type == typeof(TimeSpan) => "Indiquez une heure qui existe, au format HH:MM:SS (par exemple 10:00:00).",
        _ when type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(byte) =>
            "Indiquez un nombre entier, sans décimales ni guillemets, dans les limites permises (les montants sont en centimes : 3,80 € = 380).",
        _ when type == typeof(decimal) || type == typeof(double) => "Indiquez un nombre, sans guillemets.",
        _ when type == typeof(bool) => "Indiquez true ou false.",
        _ when type == typeof(Guid) => "Indiquez un identifiant valable (un GUID).",
        _ when type == typeof(string) => "Indiquez un texte entre guillemets.",
        _ when type is not null && type.IsAssignableTo(typeof(System.Collections.IEnumerable)) => "Envoyez une liste entre crochets.",
        _ => "Cette valeur n'a pas le type attendu.",
    };

    /// <summary>The type of the field that could not be read. System.Text.Json names the type it failed to convert
    /// to; for a record read through its constructor that is the record, whose property the path's last step names.</summary>
    private static Type? FieldType(JsonException json)
    {
        if (json.Message.Split("converted to ", 2) is not [_, var rest])
        {
            return null;
        }

        var name = rest.Split(". Path", 2)[0];
        var type = Type.GetType(name) ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(name)).FirstOrDefault(t => t is not null);
        var member = json.Path?.Split('.')[^1].Split('[')[0];
        if (type is { IsClass: true } && type != typeof(string) && !type.IsAssignableTo(typeof(System.Collections.IEnumerable)) && member is not null
            && type.GetProperty(member, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { } property)
        {
            type = property.PropertyType;
            if (json.Path!.EndsWith(']'))
            {
                type = type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault() ?? type;
            }
        }

        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
    }
}
