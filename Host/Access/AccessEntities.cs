namespace Platform.Host.Access;

public enum AccessStatus
{
    Pending,
    Validated,
    Refused,
}

/// <summary>A family's request to use a service, in one tariff category, for some of its children.</summary>
public sealed class AccessRequest
{
    public Guid Id { get; set; }

    public Guid FamilyId { get; set; }

    public Guid ServiceId { get; set; }

    public Guid TariffCategoryId { get; set; }

    public AccessStatus Status { get; set; }

    public string? RefusalReason { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public Guid? DecidedByUserId { get; set; }

    public List<AccessRequestChild> Children { get; set; } = [];
}

public sealed class AccessRequestChild
{
    public Guid AccessRequestId { get; set; }

    public Guid ChildId { get; set; }
}

/// <summary>An uploaded pièce justificative, stored outside the web root.</summary>
public sealed class FamilyDocument
{
    public Guid Id { get; set; }

    public Guid FamilyId { get; set; }

    /// <summary>Set when the required document is per child (fiche sanitaire).</summary>
    public Guid? ChildId { get; set; }

    public Guid RequiredDocumentId { get; set; }

    public Guid AccessRequestId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string StoredFile { get; set; }

    public DateTime UploadedAtUtc { get; set; }

    public DateOnly ValidUntil { get; set; }
}
