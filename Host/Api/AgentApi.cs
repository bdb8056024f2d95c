using Platform.Core.Application;
using Platform.Host.Access;
using Platform.Host.Security;

namespace Platform.Host.Api;

internal static class AgentApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/agent/access-requests").WithTags("Agent").RequireAuthorization(ApiPolicies.Agent);
        group.MapGet("/", List).WithSummary("Access requests of the agent's communes; ?status=Pending|Validated|Refused.");
        group.MapGet("/{requestId:guid}", Get).WithSummary("One request with its family, children and documents.");
        group.MapPost("/{requestId:guid}/validate", Validate).WithSummary("Validates a pending request; emails the family.");
        group.MapPost("/{requestId:guid}/refuse", Refuse).WithSummary("Refuses a pending request with a reason; emails the family.");
    }

    private static async Task<IResult> List(AccessStatus? status, HttpContext http, AccessReviewService review, CancellationToken ct) =>
        TypedResults.Ok(await review.ListAsync(CurrentUser.From(http.User), status, ct));

    private static async Task<IResult> Get(Guid requestId, HttpContext http, AccessReviewService review, CancellationToken ct) =>
        (await review.GetAsync(CurrentUser.From(http.User), requestId, ct)).ToHttp();

    private static async Task<IResult> Validate(Guid requestId, HttpContext http, AccessReviewService review, CancellationToken ct) =>
        (await review.ValidateAsync(CurrentUser.From(http.User), requestId, ct)).ToHttp();

    private static async Task<IResult> Refuse(Guid requestId, RefuseInput input, HttpContext http, AccessReviewService review, CancellationToken ct) =>
        (await review.RefuseAsync(CurrentUser.From(http.User), requestId, input.Reason, ct)).ToHttp();

    internal sealed record RefuseInput(string? Reason);
}
