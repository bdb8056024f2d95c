namespace Platform.Modules.Cantine.Data;

/// <summary>Where a cantine service serves its meals. One per service (the service itself belongs to the platform).</summary>
public sealed class RestaurantProfile
{
    public Guid ServiceId { get; set; }

    public required string Name { get; set; }

    public string? Address { get; set; }

    public string? PracticalInformation { get; set; }
}
