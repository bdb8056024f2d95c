using Microsoft.AspNetCore.Identity;

namespace Platform.Host.Accounts;

/// <summary>An account (parent, agent or administrator) with the personal details a SEPA mandate and the
/// Trésor export need later.</summary>
public sealed class PlatformUser : IdentityUser<Guid>
{
    public Civilite Civilite { get; set; }

    public string LastName { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string AddressLine { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string City { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}

public enum Civilite
{
    Madame,
    Monsieur,
}

public static class Roles
{
    public const string Parent = "parent";
    public const string Agent = "agent";
    public const string Administrator = "administrateur";

    public static readonly string[] All = [Parent, Agent, Administrator];
}
