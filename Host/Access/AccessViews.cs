namespace Platform.Host.Access;

public sealed record CatalogCommune(string Slug, string Name, IReadOnlyList<CatalogService> Services);

public sealed record CatalogService(
    Guid Id,
    string ModuleId,
    string Name,
    string? Description,
    IReadOnlyList<CatalogTariff> TariffCategories,
    IReadOnlyList<CatalogDocument> RequiredDocuments);

public sealed record CatalogTariff(Guid Id, string Name);

public sealed record CatalogDocument(Guid Id, string Name, bool PerChild, int ValidityMonths);

public sealed record AccessRequestView(
    Guid Id,
    Guid FamilyId,
    string FamilyName,
    string Commune,
    string CommuneName,
    Guid ServiceId,
    string ModuleId,
    string ServiceName,
    string TariffCategory,
    AccessStatus Status,
    string? RefusalReason,
    DateTime CreatedAtUtc,
    DateTime? DecidedAtUtc,
    IReadOnlyList<RequestChildView> Children,
    IReadOnlyList<DocumentView> Documents);

public sealed record RequestChildView(Guid Id, string FirstName, string LastName, DateOnly BirthDate, string? SchoolClass, string? MedicalNotes);

public sealed record DocumentView(Guid Id, string Name, Guid? ChildId, string FileName, string ContentType, long Size, DateOnly ValidUntil);

/// <summary>A new access request; <see cref="Files"/> holds one file per required document, and per child for
/// documents required per child.</summary>
public sealed record AccessRequestInput(Guid? ServiceId, Guid? TariffCategoryId, IReadOnlyList<Guid> ChildIds, IReadOnlyList<DocumentUpload> Files);

public sealed record DocumentUpload(Guid RequiredDocumentId, Guid? ChildId, Upload File);

/// <summary>The form field name of a file input, shared by the page, the API and their tests.</summary>
public static class DocumentFieldNames
{
    public static string For(Guid requiredDocumentId, Guid? childId) =>
        childId is null ? $"doc_{requiredDocumentId:N}" : $"doc_{requiredDocumentId:N}_{childId:N}";

    public static (Guid RequiredDocumentId, Guid? ChildId)? Parse(string name)
    {
        var parts = name.Split('_');
        if (parts.Length is < 2 or > 3 || parts[0] != "doc" || !Guid.TryParseExact(parts[1], "N", out var document))
        {
            return null;
        }

        if (parts.Length == 2)
        {
            return (document, null);
        }

        return Guid.TryParseExact(parts[2], "N", out var child) ? (document, child) : null;
    }
}
