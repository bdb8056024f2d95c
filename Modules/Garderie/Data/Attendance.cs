namespace Platform.Modules.Garderie.Data;

/// <summary>A child's presence in a slot as the staff recorded it, with the late pick-up charge it gave rise to,
/// kept for the family's monthly invoice (with its régie).</summary>
public sealed class Attendance
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public Guid SlotId { get; set; }

    public DateOnly Date { get; set; }

    public Guid FamilyId { get; set; }

    public Guid ChildId { get; set; }

    public Guid RegieId { get; set; }

    public TimeOnly? ArrivedAt { get; set; }

    public TimeOnly? LeftAt { get; set; }

    /// <summary>Whether the child had a confirmed booking for the slot (a child present without one is charged).</summary>
    public bool Booked { get; set; }

    public long LatePickupCents { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public required string RecordedBy { get; set; }
}
