namespace Platform.Modules.Sport.Data;

/// <summary>One session of an activity. <see cref="Taken"/> counts the seats held or booked and those offered to the
/// waiting list; it only grows by a conditional update that checks the capacity in the same statement.</summary>
public sealed class Session
{
    public Guid Id { get; set; }

    public Guid ActivityId { get; set; }

    public Guid ServiceId { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    public int Capacity { get; set; }

    public int Taken { get; set; }
}
