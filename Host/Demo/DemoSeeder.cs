using Platform.Core.Application;
using Microsoft.AspNetCore.Identity;
using Platform.Host.Accounts;
using Platform.Host.Data;
using Platform.Host.Families;
using Platform.Host.Tenancy;

namespace Platform.Host.Demo;

/// <summary>A Dombes-like collectivité for a first look: three communes, their cantine services, an agent and a
/// parent with two children. Runs once, on an empty database, when Demo:Enabled is true.</summary>
internal sealed class DemoSeeder(
    TenancyAdminService tenancy,
    UserManager<PlatformUser> users,
    PlatformDbContext db,
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

        await ParentAsync(cancellationToken);
        logger.LogInformation("Demo data created: 3 communes with their cantine services, an agent and a parent.");
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

    private async Task ParentAsync(CancellationToken cancellationToken)
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
        await users.CreateAsync(parent, Password);
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
    }
}
