using Microsoft.AspNetCore.Diagnostics;
using Platform.Host.Composition;

namespace Platform.Host.Api;

/// <summary>The one place where a request the API cannot read becomes French problem details: JSON that does not fit
/// the input, a parameter that does not parse, a body too large. The endpoints throw on bad requests in every
/// environment (<see cref="RouteHandlerOptions.ThrowOnBadRequest"/>), so Development answers like Production.</summary>
internal sealed class BadRequestProblems(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (!PlatformPipeline.IsApi(http.Request) || UnreadableInput.From(exception) is not { } input)
        {
            return false;
        }

        http.Response.StatusCode = input.Status;
        var problem = new HttpValidationProblemDetails(input.Errors) { Status = input.Status, Title = input.Title, Detail = input.Detail };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }
}
