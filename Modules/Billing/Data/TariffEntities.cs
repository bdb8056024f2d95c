using Platform.Core.Booking;

namespace Platform.Modules.Billing.Data;

/// <summary>The quotient and sibling rules of one service (any module's); the module keeps its own prices.</summary>
public sealed class TariffRule
{
    public Guid ServiceId { get; set; }

    /// <summary>Ordered by ceiling, the last without one; empty when the service ignores the quotient.</summary>
    public List<QuotientBracket> Brackets { get; set; } = [];

    /// <summary>Whether <see cref="Brackets"/> has any, for queries.</summary>
    public bool ByQuotient { get; set; }

    public List<SiblingDiscount> Siblings { get; set; } = [];

    public DateTime UpdatedAtUtc { get; set; }
}

public enum QuotientStatus
{
    Pending,
    Validated,
    Refused,
}

/// <summary>A quotient familial a family declared with its CAF or MSA certificate, and the agent's decision: the value
/// and validity dates an agent validated are the ones prices use.</summary>
public sealed class QuotientDeclaration
{
    public Guid Id { get; set; }

    public Guid FamilyId { get; set; }

    /// <summary>"CAF" or "MSA".</summary>
    public required string Organisation { get; set; }

    public int DeclaredValue { get; set; }

    public required string StoredFile { get; set; }

    public required string ContentType { get; set; }

    public DateTime SentAtUtc { get; set; }

    public QuotientStatus Status { get; set; }

    /// <summary>The value the agent read on the certificate.</summary>
    public int? Value { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public Guid? DecidedByUserId { get; set; }

    public string? RefusalReason { get; set; }
}
