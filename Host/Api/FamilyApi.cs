using Platform.Core.Application;
using Platform.Host.Families;
using Platform.Host.Security;

namespace Platform.Host.Api;

internal static class FamilyApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/families").WithTags("Famille").RequireAuthorization(ApiPolicies.User);
        group.MapGet("/", List).WithSummary("The families the caller is a responsible adult of.");
        group.MapGet("/{familyId:guid}", Get).WithSummary("A family: adults, children, pending invitations.");
        group.MapPost("/{familyId:guid}/children", AddChild).WithSummary("Adds a child.");
        group.MapPut("/{familyId:guid}/children/{childId:guid}", UpdateChild).WithSummary("Updates a child.");
        group.MapDelete("/{familyId:guid}/children/{childId:guid}", RemoveChild).WithSummary("Removes a child from this family.");
        group.MapPut("/{familyId:guid}/children/{childId:guid}/photo", SetPhoto).DisableAntiforgery()
            .WithSummary("Sets the child's photo (multipart field 'photo', JPEG or PNG, 2 MB at most).");
        group.MapGet("/{familyId:guid}/children/{childId:guid}/photo", GetPhoto).WithSummary("The child's photo.");
        group.MapPost("/{familyId:guid}/invitations", InviteAdult).WithSummary("Invites the other parent to join this family.");
        group.MapPost("/{familyId:guid}/children/{childId:guid}/share", ShareChild)
            .WithSummary("Invites a second family (separated parents) to have this child linked to it.");

        var invitations = app.MapGroup("/api/invitations").WithTags("Famille").RequireAuthorization(ApiPolicies.User);
        invitations.MapPost("/{token}/accept", Accept).WithSummary("Accepts an invitation sent to the caller's address.");
    }

    private static async Task<IResult> List(HttpContext http, FamilyService families, CancellationToken ct) =>
        TypedResults.Ok(await families.ListAsync(CurrentUser.From(http.User), ct));

    private static async Task<IResult> Get(Guid familyId, HttpContext http, FamilyService families, CancellationToken ct) =>
        (await families.GetAsync(CurrentUser.From(http.User), familyId, ct)).ToHttp();

    private static async Task<IResult> AddChild(Guid familyId, ChildInput input, HttpContext http, FamilyService families, CancellationToken ct) =>
        (await families.AddChildAsync(CurrentUser.From(http.User), familyId, input, ct))
        .ToHttp(child => TypedResults.Created($"/api/families/{familyId}/children/{child.Id}", child));

    private static async Task<IResult> UpdateChild(
        Guid familyId, Guid childId, ChildInput input, HttpContext http, FamilyService families, CancellationToken ct) =>
        (await families.UpdateChildAsync(CurrentUser.From(http.User), familyId, childId, input, ct)).ToHttp();

    private static async Task<IResult> RemoveChild(Guid familyId, Guid childId, HttpContext http, FamilyService families, CancellationToken ct) =>
        (await families.RemoveChildAsync(CurrentUser.From(http.User), familyId, childId, ct)).ToHttp(_ => TypedResults.NoContent());

    private static async Task<IResult> SetPhoto(Guid familyId, Guid childId, HttpRequest request, FamilyService families, CancellationToken ct)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        var upload = await ApiResults.ReadAsync(form?.Files.GetFile("photo"), ct);
        return (await families.SetPhotoAsync(CurrentUser.From(request.HttpContext.User), familyId, childId, upload, ct))
            .ToHttp(_ => TypedResults.NoContent());
    }

    private static async Task<IResult> GetPhoto(Guid familyId, Guid childId, HttpContext http, FamilyService families, CancellationToken ct)
    {
        var user = CurrentUser.From(http.User);
        if ((await families.GetAsync(user, familyId, ct)).Value?.Children.Any(c => c.Id == childId) != true)
        {
            return AppResultHttp.NotFound();
        }

        var photo = await families.OpenPhotoAsync(user, childId, ct);
        return photo is { } p ? TypedResults.Stream(p.Content, p.ContentType) : AppResultHttp.NotFound();
    }

    private static async Task<IResult> InviteAdult(Guid familyId, InvitationInput input, HttpContext http, FamilyService families, CancellationToken ct) =>
        (await families.InviteAdultAsync(CurrentUser.From(http.User), familyId, input.Email, ct)).ToHttp();

    private static async Task<IResult> ShareChild(
        Guid familyId, Guid childId, InvitationInput input, HttpContext http, FamilyService families, CancellationToken ct) =>
        (await families.ShareChildAsync(CurrentUser.From(http.User), familyId, childId, input.Email, ct)).ToHttp();

    private static async Task<IResult> Accept(string token, AcceptInput input, HttpContext http, FamilyService families, CancellationToken ct) =>
        (await families.AcceptInvitationAsync(CurrentUser.From(http.User), token, input.FamilyId, input.Filiation, ct))
        .ToHttp(familyId => TypedResults.Ok(new { familyId }));

    internal sealed record InvitationInput(string? Email);

    internal sealed record AcceptInput(Guid? FamilyId, Filiation? Filiation);
}
