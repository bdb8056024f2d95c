namespace Platform.Modules.Sport.Data;

public enum WaitlistState
{
    Waiting,

    /// <summary>A seat freed and is held for this family until <see cref="WaitlistEntry.OfferedUntilUtc"/>.</summary>
    Offered,

    /// <summary>The family booked the offered seat.</summary>
    Taken,

    /// <summary>The offer passed without a booking: the seat went to the next family.</summary>
    Expired,
}

/// <summary>A child waiting for a seat in a full session, first come first served: <see cref="Id"/> is given by the
/// database in the order entries are written, so two entries written in the same tick keep their order.</summary>
public sealed class WaitlistEntry
{
    public long Id { get; set; }

    public Guid SessionId { get; set; }

    public Guid ServiceId { get; set; }

    public Guid FamilyId { get; set; }

    public Guid ChildId { get; set; }

    public WaitlistState State { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? OfferedUntilUtc { get; set; }
}
