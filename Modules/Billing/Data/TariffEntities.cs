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

    /// <summary>Booked days of an absence with a medical certificate still billed before the others are credited; null
    /// when the service credits no absence.</summary>
    public int? AbsenceDaysBilledWithCertificate { get; set; }

    /// <summary>The same without a certificate (the "délai de carence"); null when such an absence is never credited.</summary>
    public int? AbsenceDaysBilledWithoutCertificate { get; set; }

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

/// <summary>An absence of a child the family reported, with its medical certificate if any. What it credits is
/// recorded as <see cref="BillingCredit"/>s (reference "absence:{charge key}"), set against the next invoice.</summary>
public sealed class Absence
{
    public Guid Id { get; set; }

    public Guid FamilyId { get; set; }

    public Guid ChildId { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public string? CertificateFile { get; set; }

    public string? CertificateType { get; set; }

    public DateTime ReportedAtUtc { get; set; }

    public long CreditedCents { get; set; }
}
