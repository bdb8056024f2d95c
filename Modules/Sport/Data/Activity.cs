namespace Platform.Modules.Sport.Data;

/// <summary>An activity of a sport service (judo, multisport, a holiday stage): where it takes place, for which ages,
/// when registration opens, and its sessions. Priced per tariff category through the kernel's prices (the activity is
/// the priced item: each session costs that).</summary>
public sealed class Activity
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public required string Name { get; set; }

    public required string Place { get; set; }

    /// <summary>Age on the day of the session, in whole years; null when open to every age.</summary>
    public int? MinAge { get; set; }

    public int? MaxAge { get; set; }

    /// <summary>School levels (<see cref="Platform.Core.Tenancy.SchoolLevels"/> codes, e.g. "CP" to "CE2"), checked
    /// against the class the parent gave; null when open to every class.</summary>
    public string? MinClass { get; set; }

    public string? MaxClass { get; set; }

    /// <summary>Before this instant, parents see when registration opens and cannot book.</summary>
    public DateTime OpensAtUtc { get; set; }

    /// <summary>A stage: its sessions are booked together, all or none.</summary>
    public bool IsStage { get; set; }

    /// <summary>How long a family offered a freed seat from the waiting list has to book it.</summary>
    public int OfferHours { get; set; }
}
