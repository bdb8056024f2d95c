using Platform.Core.Application;
using Platform.Host.Access;
using Platform.Host.Security;

namespace Platform.Host.Api;

internal static class AccessApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/services", Catalog).WithTags("Services").RequireAuthorization(ApiPolicies.User)
            .WithSummary("The services families can ask access to, by commune.");

        var group = app.MapGroup("/api/families/{familyId:guid}/access-requests").WithTags("Services").RequireAuthorization(ApiPolicies.User);
        group.MapGet("/", List).WithSummary("The family's access requests, with their status and documents.");
        group.MapPost("/", Create).DisableAntiforgery()
            .WithSummary("Asks access to a service (multipart: serviceId, tariffCategoryId, childIds, and one file per required document " +
                         "named doc_<requiredDocumentId> or doc_<requiredDocumentId>_<childId> for documents required per child).");

        app.MapGet("/api/documents/{documentId:guid}", Download).WithTags("Services").RequireAuthorization(ApiPolicies.User)
            .WithSummary("A document, for its family and the agents of the service's commune.");
    }

    private static async Task<IResult> Catalog(AccessService access, CancellationToken ct) =>
        TypedResults.Ok(await access.CatalogAsync(ct));

    private static async Task<IResult> List(Guid familyId, HttpContext http, AccessService access, CancellationToken ct) =>
        (await access.ListForFamilyAsync(CurrentUser.From(http.User), familyId, ct)).ToHttp();

    private static async Task<IResult> Create(Guid familyId, HttpRequest request, AccessService access, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Envoyez un formulaire multipart/form-data.");
        }

        var form = await request.ReadFormAsync(ct);
        var uploads = new List<DocumentUpload>();
        foreach (var file in form.Files)
        {
            if (DocumentFieldNames.Parse(file.Name) is { } target)
            {
                uploads.Add(new DocumentUpload(target.RequiredDocumentId, target.ChildId, (await ApiResults.ReadAsync(file, ct))!));
            }
        }

        var input = new AccessRequestInput(
            Guid.TryParse(form["serviceId"], out var service) ? service : null,
            Guid.TryParse(form["tariffCategoryId"], out var tariff) ? tariff : null,
            form["childIds"].Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).ToList(),
            uploads);
        return (await access.CreateAsync(CurrentUser.From(request.HttpContext.User), familyId, input, ct))
            .ToHttp(created => TypedResults.Created($"/api/families/{familyId}/access-requests/{created.Id}", created));
    }

    private static async Task<IResult> Download(Guid documentId, HttpContext http, AccessService access, CancellationToken ct)
    {
        var document = await access.OpenDocumentAsync(CurrentUser.From(http.User), documentId, ct);
        return document is { } d ? TypedResults.File(d.Content, d.ContentType, d.FileName) : AppResultHttp.NotFound();
    }
}
