namespace Platform.Host.Families;

public sealed record FamilyView(
    Guid Id,
    string Name,
    IReadOnlyList<AdultView> Adults,
    IReadOnlyList<ChildView> Children,
    IReadOnlyList<InvitationView> PendingInvitations);

public sealed record AdultView(Guid UserId, string FirstName, string LastName, string Email);

public sealed record ChildView(
    Guid Id,
    string FirstName,
    string LastName,
    DateOnly BirthDate,
    Filiation Filiation,
    string? SchoolClass,
    string? MedicalNotes,
    bool HasPhoto,
    int FamilyCount);

public sealed record InvitationView(Guid Id, InvitationKind Kind, string Email, Guid? ChildId, DateTime ExpiresAtUtc);

public sealed record ChildInput(
    string? FirstName,
    string? LastName,
    DateOnly? BirthDate,
    Filiation? Filiation,
    string? SchoolClass,
    string? MedicalNotes);

/// <summary>What an invitation link shows before it is accepted.</summary>
public sealed record InvitationPreview(InvitationKind Kind, string FamilyName, string? ChildName, string Email);
