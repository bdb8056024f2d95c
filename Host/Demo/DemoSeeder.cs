using Platform.Core.Application;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Modularity;
using Platform.Core.Tenancy;
using Platform.Host.Access;
using Platform.Host.Accounts;
using Platform.Host.Data;
using Platform.Host.Families;
using Platform.Host.Payments;
using Platform.Host.Tenancy;

namespace Platform.Host.Demo;

/// <summary>A Dombes-like collectivité for a first look: three communes, their cantine services, an agent and a
/// parent with two children. Runs once, on an empty database, when Demo:Enabled is true.</summary>
internal sealed class DemoSeeder(
    TenancyAdminService tenancy,
    UserManager<PlatformUser> users,
    PlatformDbContext db,
    IServiceCatalog catalog,
    IEnumerable<IDemoSeed> moduleSeeds,
    ProviderSettingsStore paymentSettings,
    TimeProvider clock,
    ILogger<DemoSeeder> logger)
{
    public const string Password = "Demo-Portail-2026!";
    public const string AgentEmail = "agent@demo.portail-famille.fr";
    public const string ParentEmail = "parent@demo.portail-famille.fr";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await Commune("baneins", "Baneins", cancellationToken);
        await Commune("saint-marcel-en-dombes", "Saint-Marcel-en-Dombes", cancellationToken);
        await Commune("chatillon-sur-chalaronne", "Châtillon-sur-Chalaronne", cancellationToken);

        var baneins = (await tenancy.CreateRegieAsync(new RegieInput("Régie scolaire de Baneins"), cancellationToken)).Value!;
        var saintMarcel = (await tenancy.CreateRegieAsync(new RegieInput("Régie de Saint-Marcel-en-Dombes"), cancellationToken)).Value!;
        var chatillon = (await tenancy.CreateRegieAsync(new RegieInput("Régie de Châtillon-sur-Chalaronne"), cancellationToken)).Value!;
        RequiredDocumentInput[] documents =
        [
            new("Fiche sanitaire", PerChild: true, ValidityMonths: 12),
            new("Attestation d'assurance scolaire", PerChild: false, ValidityMonths: 12),
        ];
        await Service("baneins", baneins, "Service cantine – Baneins", "Repas servis au restaurant scolaire les lundis, mardis, jeudis et vendredis.",
            ["Service cantine", "Service cantine – personne extérieure"], documents, cancellationToken);
        await Service("saint-marcel-en-dombes", saintMarcel, "Cantine de Saint-Marcel-en-Dombes", null,
            ["Résidents de la commune", "Hors commune"], [.. documents, new("Justificatif de domicile", false, 6)], cancellationToken);
        await Service("chatillon-sur-chalaronne", chatillon, "Restaurant scolaire de Châtillon", null,
            ["Tarif unique"], [documents[0]], cancellationToken);

        var agent = await tenancy.CreateAgentAsync(
            new AgentInput(AgentEmail, "Claire", "Dubois", Password, ["baneins", "saint-marcel-en-dombes"]), cancellationToken);
        if (!agent.Succeeded)
        {
            throw new InvalidOperationException("The demo agent cannot be created.");
        }

        await SepaSettingsAsync(baneins, agent.Value!.Id, cancellationToken);
        var family = await ParentAsync(cancellationToken);
        var services = new List<ServiceSummary>();
        foreach (var id in await db.Services.Select(s => s.Id).ToListAsync(cancellationToken))
        {
            if (await catalog.FindAsync(id, cancellationToken) is { } service)
            {
                services.Add(service);
            }
        }

        await ValidateAccessAsync(family, services.First(s => s.Commune == "baneins"), cancellationToken);
        await ValidateAccessAsync(family, services.First(s => s.Commune == "chatillon-sur-chalaronne"), cancellationToken);
        foreach (var seed in moduleSeeds)
        {
            await seed.SeedAsync(new DemoScenario(family.Id, services, ParisTime.Today(clock)), cancellationToken);
        }

        logger.LogInformation("Demo data created: 3 communes with their cantine services, an agent and a parent.");
    }

    /// <summary>Baneins collects its invoices by direct debit: its régie's creditor details (a test ICS and IBAN).</summary>
    private async Task SepaSettingsAsync(RegieView regie, Guid agentId, CancellationToken cancellationToken)
    {
        var saved = await paymentSettings.SaveAsync(regie.Id, "sepa", new Dictionary<string, string?>
        {
            ["creditorName"] = regie.Name, ["ics"] = "FR72ZZZ123456", ["creditorIban"] = "FR7630006000011234567890189",
        }, agentId, cancellationToken);
        if (!saved.Succeeded && !saved.IsNotFound)
        {
            throw new InvalidOperationException($"The demo SEPA settings are refused: {string.Join(" ", saved.Errors.SelectMany(e => e.Value))}");
        }
    }

    private async Task Commune(string slug, string name, CancellationToken cancellationToken) =>
        await tenancy.CreateCommuneAsync(new CommuneInput(slug, name), cancellationToken);

    private async Task Service(
        string commune, RegieView regie, string name, string? description, string[] tariffs, RequiredDocumentInput[] documents, CancellationToken cancellationToken)
    {
        var created = await tenancy.CreateServiceAsync(
            new ServiceInput(commune, "cantine", regie.Id, name, description, tariffs.Select(t => new TariffCategoryInput(t)).ToList(), documents),
            cancellationToken);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"The demo service '{name}' cannot be created: {string.Join(" ", created.Errors.SelectMany(e => e.Value))}");
        }
    }

    /// <summary>The demo family may book at Baneins at once: its request is recorded as already validated.</summary>
    private async Task ValidateAccessAsync(Family family, ServiceSummary service, CancellationToken cancellationToken)
    {
        var children = await db.FamilyChildren.Where(l => l.FamilyId == family.Id).Select(l => l.ChildId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.AccessRequests.Add(new AccessRequest
        {
            Id = Guid.NewGuid(), FamilyId = family.Id, ServiceId = service.Id, TariffCategoryId = service.TariffCategories[0].Id,
            Status = AccessStatus.Validated, CreatedAtUtc = now, DecidedAtUtc = now,
            Children = children.Select(c => new AccessRequestChild { ChildId = c }).ToList(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Family> ParentAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var parent = new PlatformUser
        {
            Id = Guid.NewGuid(),
            Email = ParentEmail,
            UserName = ParentEmail,
            EmailConfirmed = true,
            Civilite = Civilite.Madame,
            FirstName = "Julie",
            LastName = "Martin",
            AddressLine = "12 rue des Étangs",
            PostalCode = "01990",
            City = "Baneins",
            PhoneNumber = "0612345678",
            CreatedAtUtc = now,
        };
        var created = await users.CreateAsync(parent, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("The demo parent cannot be created.");
        }

        await users.AddToRoleAsync(parent, Roles.Parent);
        var family = new Family { Id = Guid.NewGuid(), Name = "Famille Martin", CreatedAtUtc = now };
        db.Families.Add(family);
        db.FamilyAdults.Add(new FamilyAdult { FamilyId = family.Id, UserId = parent.Id, JoinedAtUtc = now });
        foreach (var (first, birth, schoolClass) in new[] { ("Léa", new DateOnly(2018, 3, 14), "CE1"), ("Hugo", new DateOnly(2020, 9, 2), "MS") })
        {
            var child = new Child { Id = Guid.NewGuid(), FirstName = first, LastName = "Martin", BirthDate = birth, SchoolClass = schoolClass };
            db.Children.Add(child);
            db.FamilyChildren.Add(new FamilyChild { FamilyId = family.Id, ChildId = child.Id, Filiation = Filiation.Mere, LinkedAtUtc = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        return family;
    }
}
