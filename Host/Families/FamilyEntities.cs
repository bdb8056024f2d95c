namespace Platform.Host.Families;

/// <summary>A household: its own adults, bookings, wallet and invoices. A child may belong to two families.</summary>
public sealed class Family
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>SHA-256 of the token of the family's calendar feed address; null when it has none.</summary>
    public string? CalendarTokenHash { get; set; }
}

/// <summary>A responsible adult of a family. One adult may belong to two families.</summary>
public sealed class FamilyAdult
{
    public Guid FamilyId { get; set; }

    public Guid UserId { get; set; }

    public DateTime JoinedAtUtc { get; set; }
}

/// <summary>One child, one record, whatever the number of families it belongs to.</summary>
public sealed class Child
{
    public Guid Id { get; set; }

    public required string LastName { get; set; }

    public required string FirstName { get; set; }

    public DateOnly BirthDate { get; set; }

    public string? SchoolClass { get; set; }

    /// <summary>Informations complémentaires / PAI: seen by every family of the child and by agents.</summary>
    public string? MedicalNotes { get; set; }

    public string? PhotoFile { get; set; }

    public string? PhotoContentType { get; set; }
}

/// <summary>Links a child to a family, with how the family's adults relate to the child.</summary>
public sealed class FamilyChild
{
    public Guid FamilyId { get; set; }

    public Guid ChildId { get; set; }

    public Filiation Filiation { get; set; }

    public DateTime LinkedAtUtc { get; set; }
}

public enum Filiation
{
    Mere,
    Pere,
    Tuteur,
    Autre,
}

public enum InvitationKind
{
    /// <summary>The other parent joins the same family.</summary>
    JoinFamily,

    /// <summary>A second family (separated parents) gets the child linked to it.</summary>
    ShareChild,
}

/// <summary>An emailed, single-use invitation. Only a hash of the token is stored.</summary>
public sealed class Invitation
{
    public Guid Id { get; set; }

    public InvitationKind Kind { get; set; }

    public Guid FamilyId { get; set; }

    public Guid? ChildId { get; set; }

    public required string Email { get; set; }

    public required string TokenHash { get; set; }

    public Guid InvitedByUserId { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? AcceptedAtUtc { get; set; }
}
