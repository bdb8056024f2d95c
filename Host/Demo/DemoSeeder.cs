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

/// <summary>A Dombes-like collectivité for a first look, described in Demo/demo.json (communes, régies and their payment
/// settings, services of each module, an agent), and a parent with two children; each module then adds its part
/// (<see cref="IDemoSeed"/>). Runs once, on an empty database, when Demo:Enabled is true.</summary>
internal sealed class DemoSeeder(
    TenancyAdminService tenancy,
    UserManager<PlatformUser> users,
    PlatformDbContext db,
    IServiceCatalog catalog,
    IEnumerable<IDemoSeed> moduleSeeds,
    ProviderSettingsStore paymentSettings,
    Plugins.LoadedPlugins plugins,
    TimeProvider clock,
    ILogger<DemoSeeder> logger)
{
    public const string Password = "Demo-Portail-2026!";
    public const string AgentEmail = "agent@demo.portail-famille.fr";
    public const string ParentEmail = "parent@demo.portail-famille.fr";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var demo = DemoData.Read();
        foreach (var commune in demo.Communes)
        {
            await tenancy.CreateCommuneAsync(new CommuneInput(commune.Slug, commune.Name), cancellationToken);
        }

        var regies = new Dictionary<string, RegieView>();
        foreach (var regie in demo.Regies)
        {
            regies[regie.Key] = (await tenancy.CreateRegieAsync(new RegieInput(regie.Name), cancellationToken)).Value!;
        }

        var validated = new List<Guid>();
        foreach (var service in demo.Services)
        {
            if (await ServiceAsync(service, regies[service.Regie], demo.Documents, cancellationToken) is { } id && service.ValidatedForTheDemoFamily)
            {
                validated.Add(id);
            }
        }

        var agent = await tenancy.CreateAgentAsync(
            new AgentInput(AgentEmail, demo.Agent.FirstName, demo.Agent.LastName, Password, demo.Agent.Communes), cancellationToken);
        if (!agent.Succeeded)
        {
            throw new InvalidOperationException("The demo agent cannot be created.");
        }

        foreach (var regie in demo.Regies)
        {
            await PaymentSettingsAsync(regies[regie.Key], regie.PaymentSettings, agent.Value!.Id, cancellationToken);
        }

        var family = await ParentAsync(cancellationToken);
        var services = new List<ServiceSummary>();
        foreach (var id in await db.Services.Select(s => s.Id).ToListAsync(cancellationToken))
        {
            if (await catalog.FindAsync(id, cancellationToken) is { } service)
            {
                services.Add(service);
            }
        }

        foreach (var service in services.Where(s => validated.Contains(s.Id)))
        {
            await ValidateAccessAsync(family, service, cancellationToken);
        }

        foreach (var seed in moduleSeeds.OrderBy(s => s.Order))
        {
            await seed.SeedAsync(new DemoScenario(family.Id, services, ParisTime.Today(clock)), cancellationToken);
        }

        logger.LogInformation("Demo data created: {Communes} communes, {Services} services, an agent and a parent.", demo.Communes.Count, services.Count);
    }

    /// <summary>A régie's settings for each payment provider the demo configures (a provider not loaded is skipped).</summary>
    private async Task PaymentSettingsAsync(
        RegieView regie, IReadOnlyDictionary<string, Dictionary<string, string?>>? settings, Guid agentId, CancellationToken cancellationToken)
    {
        foreach (var (provider, values) in settings ?? new Dictionary<string, Dictionary<string, string?>>())
        {
            var saved = await paymentSettings.SaveAsync(regie.Id, provider, values, agentId, cancellationToken);
            if (!saved.Succeeded && !saved.IsNotFound)
            {
                throw new InvalidOperationException($"The demo {provider} settings are refused: {string.Join(" ", saved.Errors.SelectMany(e => e.Value))}");
            }
        }
    }

    /// <summary>Creates a service of the demo; one of a module this process does not load is left out.</summary>
    private async Task<Guid?> ServiceAsync(
        DemoService service, RegieView regie, IReadOnlyDictionary<string, DemoDocument> documents, CancellationToken cancellationToken)
    {
        if (!plugins.IsLoaded(service.Module))
        {
            logger.LogInformation("Demo service '{Service}' left out: its module '{Module}' is not loaded.", service.Name, service.Module);
            return null;
        }

        var created = await tenancy.CreateServiceAsync(
            new ServiceInput(
                service.Commune, service.Module, regie.Id, service.Name, service.Description,
                service.Tariffs.Select(t => new TariffCategoryInput(t)).ToList(),
                service.Documents.Select(d => new RequiredDocumentInput(d, documents[d].PerChild, documents[d].ValidityMonths)).ToList()),
            cancellationToken);
        return created.Succeeded
            ? created.Value!.Id
            : throw new InvalidOperationException($"The demo service '{service.Name}' cannot be created: {string.Join(" ", created.Errors.SelectMany(e => e.Value))}");
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
