using Microsoft.AspNetCore.Http;

namespace Platform.Core.Application;

/// <summary>Maps application results to HTTP for every JSON API of the host and its modules.</summary>
public static class AppResultHttp
{
    /// <summary>200 (or <paramref name="success"/>), 404 or 400, errors as RFC 9457 problem details.</summary>
    public static IResult ToHttp<T>(this AppResult<T> result, Func<T, IResult>? success = null)
    {
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(
                result.Errors.ToDictionary(e => ToCamelCase(e.Key), e => e.Value),
                title: "La demande contient des erreurs.");
        }

        return success is null ? TypedResults.Ok(result.Value) : success(result.Value!);
    }

    public static IResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Introuvable.", detail: "Cette ressource n'existe pas ou ne vous est pas accessible.");

    private static string ToCamelCase(string key) => key.Length == 0 ? key : char.ToLowerInvariant(key[0]) + key[1..];
}
