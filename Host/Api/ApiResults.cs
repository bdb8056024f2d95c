using Platform.Host.Access;
using Platform.Host.Common;

namespace Platform.Host.Api;

internal static class ApiResults
{
    /// <summary>Maps an application result to 200/201, 404 or 400, all errors as RFC 9457 problem details.</summary>
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

    public static async Task<Upload?> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return new Upload(file.FileName, buffer.ToArray());
    }

    private static string ToCamelCase(string key) => key.Length == 0 ? key : char.ToLowerInvariant(key[0]) + key[1..];
}
