namespace Platform.Host.Tenancy;

/// <summary>The tenant running the platform (e.g. Communauté de communes de la Dombes).</summary>
public sealed class Collectivite
{
    public Guid Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }
}

public sealed class Commune
{
    public Guid Id { get; set; }

    public Guid CollectiviteId { get; set; }

    /// <summary>Lower-case id used in URLs and plugins.json ("baneins").</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>The commune's rule for a booking cancelled in time that was paid by card or PayFiP: back to the
    /// family's wallet (the usual règlement) or back through the channel that paid, where it can refund.</summary>
    public bool RefundsToWallet { get; set; } = true;
}

/// <summary>A module or payment channel enabled for a commune. Seeded from plugins.json, then owned by the database.</summary>
public sealed class CommuneFeature
{
    public Guid CommuneId { get; set; }

    /// <summary>"module" or "paymentProvider".</summary>
    public required string Kind { get; set; }

    public required string FeatureId { get; set; }

    public bool Enabled { get; set; }
}

/// <summary>The public accounting unit that cashes the money of one or more services.</summary>
public sealed class Regie
{
    public Guid Id { get; set; }

    public Guid CollectiviteId { get; set; }

    public required string Name { get; set; }
}

/// <summary>An offer of one module in one commune ("Service cantine – Baneins").</summary>
public sealed class Service
{
    public Guid Id { get; set; }

    public Guid CommuneId { get; set; }

    public required string ModuleId { get; set; }

    public Guid RegieId { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public List<TariffCategory> TariffCategories { get; set; } = [];

    public List<RequiredDocument> RequiredDocuments { get; set; } = [];
}

public sealed class TariffCategory
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public required string Name { get; set; }
}

/// <summary>A document a service requires, once per family or once per child, valid for a number of months.</summary>
public sealed class RequiredDocument
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public required string Name { get; set; }

    public bool PerChild { get; set; }

    public int ValidityMonths { get; set; }
}

/// <summary>The communes an agent works for.</summary>
public sealed class AgentCommune
{
    public Guid UserId { get; set; }

    public Guid CommuneId { get; set; }
}
