using Platform.Core.Application;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Accounts;
using Platform.Host.Common;
using Platform.Host.Data;
using Platform.Host.Plugins;
using Platform.PaymentProviders.Abstractions;

namespace Platform.Host.Tenancy;

public sealed record CommuneInput(string? Slug, string? Name);

/// <param name="PaymentProviders">Channels offered at checkout.</param>
/// <param name="InvoicePaymentProviders">Channels offered to pay invoices.</param>
/// <param name="RefundsToWallet">A booking cancelled in time and paid by card goes back to the wallet (else to the card).</param>
public sealed record CommuneView(
    string Slug,
    string Name,
    IReadOnlyDictionary<string, bool> Modules,
    IReadOnlyDictionary<string, bool> PaymentProviders,
    IReadOnlyDictionary<string, bool> InvoicePaymentProviders,
    bool RefundsToWallet);

public sealed record RegieInput(string? Name);

public sealed record RegieView(Guid Id, string Name);

public sealed record TariffCategoryInput(string? Name);

public sealed record RequiredDocumentInput(string? Name, bool PerChild, int ValidityMonths);

public sealed record ServiceInput(
    string? Commune,
    string? ModuleId,
    Guid? RegieId,
    string? Name,
    string? Description,
    IReadOnlyList<TariffCategoryInput>? TariffCategories,
    IReadOnlyList<RequiredDocumentInput>? RequiredDocuments);

public sealed record ServiceView(
    Guid Id,
    string Commune,
    string ModuleId,
    Guid RegieId,
    string Name,
    string? Description,
    IReadOnlyList<TariffCategoryView> TariffCategories,
    IReadOnlyList<RequiredDocumentView> RequiredDocuments);

public sealed record TariffCategoryView(Guid Id, string Name);

public sealed record RequiredDocumentView(Guid Id, string Name, bool PerChild, int ValidityMonths);

public sealed record AgentInput(string? Email, string? FirstName, string? LastName, string? Password, IReadOnlyList<string>? Communes);

public sealed record AgentView(Guid Id, string Email, IReadOnlyList<string> Communes);

/// <summary>What a collectivité administrator configures until the back-office screens arrive: communes, the modules
/// each enables, régies, services with tariff categories and required documents, agents.</summary>
public sealed partial class TenancyAdminService(
    PlatformDbContext db,
    PluginsFile pluginsFile,
    LoadedPlugins modules,
    IEnumerable<IPaymentProvider> providers,
    UserManager<PlatformUser> users)
{
    public async Task<IReadOnlyList<CommuneView>> ListCommunesAsync(CancellationToken cancellationToken)
    {
        var communes = await db.Communes.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var features = await db.CommuneFeatures.AsNoTracking().ToListAsync(cancellationToken);
        bool Enabled(Commune c, string kind, string id) => features.Any(f => f.CommuneId == c.Id && f.Kind == kind && f.FeatureId == id && f.Enabled);
        return communes.Select(c => new CommuneView(
            c.Slug,
            c.Name,
            modules.All.ToDictionary(m => m.Manifest.Id, m => Enabled(c, FeatureKinds.Module, m.Manifest.Id)),
            modules.Providers.ToDictionary(p => p.Manifest.Id, p => Enabled(c, FeatureKinds.PaymentProvider, p.Manifest.Id)),
            modules.Providers.ToDictionary(p => p.Manifest.Id, p => Enabled(c, FeatureKinds.InvoicePaymentProvider, p.Manifest.Id)),
            c.RefundsToWallet)).ToList();
    }

    public async Task<AppResult<CommuneView>> CreateCommuneAsync(CommuneInput input, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        var slug = input.Slug?.Trim();
        if (slug is null || !SlugPattern().IsMatch(slug))
        {
            errors.Add(nameof(input.Slug), "L'identifiant s'écrit en minuscules, chiffres et tirets (ex. saint-marcel-en-dombes).");
        }
        else if (await db.Communes.AnyAsync(c => c.Slug == slug, cancellationToken))
        {
            errors.Add(nameof(input.Slug), "Une commune porte déjà cet identifiant.");
        }

        errors.Require(nameof(input.Name), input.Name, "Saisissez le nom de la commune.");
        if (errors.Any)
        {
            return errors;
        }

        var collectivite = await db.Collectivites.SingleAsync(cancellationToken);
        var commune = new Commune { Id = Guid.NewGuid(), CollectiviteId = collectivite.Id, Slug = slug!, Name = input.Name!.Trim() };
        db.Communes.Add(commune);
        SeedFeatures(commune, FeatureKinds.Module, modules.All.Select(m => m.Manifest.Id));
        SeedFeatures(commune, FeatureKinds.PaymentProvider, modules.Providers.Select(p => p.Manifest.Id));
        SeedFeatures(commune, FeatureKinds.InvoicePaymentProvider, modules.Providers.Select(p => p.Manifest.Id));
        await db.SaveChangesAsync(cancellationToken);
        return AppResult<CommuneView>.Ok((await ListCommunesAsync(cancellationToken)).Single(c => c.Slug == slug));
    }

    /// <summary>Gives every commune a state for every loaded module and payment provider it has none for (a new
    /// commune, or a plugin added to plugins.json later), as plugins.json says. Existing states are the database's.</summary>
    public async Task SeedMissingFeaturesAsync(CancellationToken cancellationToken)
    {
        var communes = await db.Communes.ToListAsync(cancellationToken);
        var known = await db.CommuneFeatures.Select(f => new { f.CommuneId, f.Kind, f.FeatureId }).ToListAsync(cancellationToken);
        foreach (var commune in communes)
        {
            bool Missing(string kind, string id) => !known.Any(k => k.CommuneId == commune.Id && k.Kind == kind && k.FeatureId == id);
            SeedFeatures(commune, FeatureKinds.Module, modules.All.Select(m => m.Manifest.Id).Where(id => Missing(FeatureKinds.Module, id)));
            SeedFeatures(commune, FeatureKinds.PaymentProvider, modules.Providers.Select(p => p.Manifest.Id).Where(id => Missing(FeatureKinds.PaymentProvider, id)));
            SeedFeatures(commune, FeatureKinds.InvoicePaymentProvider, modules.Providers.Select(p => p.Manifest.Id).Where(id => Missing(FeatureKinds.InvoicePaymentProvider, id)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<AppResult<CommuneView>> SetModuleAsync(string commune, string moduleId, bool enabled, CancellationToken cancellationToken) =>
        modules.IsLoaded(moduleId)
            ? SetFeatureAsync(commune, FeatureKinds.Module, moduleId, enabled, cancellationToken)
            : Task.FromResult(AppResult<CommuneView>.Invalid("ModuleId", $"Le module « {moduleId} » n'est pas installé sur cette plateforme."));

    public Task<AppResult<CommuneView>> SetPaymentProviderAsync(string commune, string providerId, bool enabled, CancellationToken cancellationToken) =>
        providers.Any(p => p.Id == providerId)
            ? SetFeatureAsync(commune, FeatureKinds.PaymentProvider, providerId, enabled, cancellationToken)
            : Task.FromResult(AppResult<CommuneView>.Invalid("ProviderId", $"Le moyen de paiement « {providerId} » n'est pas installé sur cette plateforme."));

    public Task<AppResult<CommuneView>> SetInvoicePaymentProviderAsync(string commune, string providerId, bool enabled, CancellationToken cancellationToken) =>
        providers.FirstOrDefault(p => p.Id == providerId) is { } provider
            ? provider.Capabilities.HasFlag(PaymentCapabilities.InvoicePayment)
                ? SetFeatureAsync(commune, FeatureKinds.InvoicePaymentProvider, providerId, enabled, cancellationToken)
                : Task.FromResult(AppResult<CommuneView>.Invalid("ProviderId", $"« {provider.DisplayName} » ne sait pas payer une facture."))
            : Task.FromResult(AppResult<CommuneView>.Invalid("ProviderId", $"Le moyen de paiement « {providerId} » n'est pas installé sur cette plateforme."));

    public async Task<AppResult<CommuneView>> SetRefundRuleAsync(string commune, bool refundsToWallet, CancellationToken cancellationToken)
    {
        var updated = await db.Communes.Where(c => c.Slug == commune).ExecuteUpdateAsync(s => s.SetProperty(c => c.RefundsToWallet, refundsToWallet), cancellationToken);
        return updated == 0 ? AppResult<CommuneView>.NotFound() : AppResult<CommuneView>.Ok((await ListCommunesAsync(cancellationToken)).Single(c => c.Slug == commune));
    }

    private async Task<AppResult<CommuneView>> SetFeatureAsync(string commune, string kind, string id, bool enabled, CancellationToken cancellationToken)
    {
        var entity = await db.Communes.SingleOrDefaultAsync(c => c.Slug == commune, cancellationToken);
        if (entity is null)
        {
            return AppResult<CommuneView>.NotFound();
        }

        var feature = await db.CommuneFeatures.SingleOrDefaultAsync(
            f => f.CommuneId == entity.Id && f.Kind == kind && f.FeatureId == id, cancellationToken);
        if (feature is null)
        {
            db.CommuneFeatures.Add(new CommuneFeature { CommuneId = entity.Id, Kind = kind, FeatureId = id, Enabled = enabled });
        }
        else
        {
            feature.Enabled = enabled;
        }

        await db.SaveChangesAsync(cancellationToken);
        return AppResult<CommuneView>.Ok((await ListCommunesAsync(cancellationToken)).Single(c => c.Slug == commune));
    }

    public async Task<AppResult<RegieView>> CreateRegieAsync(RegieInput input, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        errors.Require(nameof(input.Name), input.Name, "Saisissez le nom de la régie.");
        if (errors.Any)
        {
            return errors;
        }

        var collectivite = await db.Collectivites.SingleAsync(cancellationToken);
        var regie = new Regie { Id = Guid.NewGuid(), CollectiviteId = collectivite.Id, Name = input.Name!.Trim() };
        db.Regies.Add(regie);
        await db.SaveChangesAsync(cancellationToken);
        return AppResult<RegieView>.Ok(new RegieView(regie.Id, regie.Name));
    }

    public async Task<IReadOnlyList<ServiceView>> ListServicesAsync(CancellationToken cancellationToken)
    {
        var services = await db.Services.Include(s => s.TariffCategories).Include(s => s.RequiredDocuments).AsSplitQuery()
            .AsNoTracking().ToListAsync(cancellationToken);
        var communes = await db.Communes.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Slug, cancellationToken);
        return services.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => ToView(s, communes[s.CommuneId])).ToList();
    }

    public async Task<AppResult<ServiceView>> CreateServiceAsync(ServiceInput input, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        var commune = input.Commune is null ? null : await db.Communes.SingleOrDefaultAsync(c => c.Slug == input.Commune, cancellationToken);
        if (commune is null)
        {
            errors.Add(nameof(input.Commune), "Choisissez une commune existante.");
        }

        if (input.ModuleId is null || !modules.IsLoaded(input.ModuleId))
        {
            errors.Add(nameof(input.ModuleId), "Choisissez un module installé sur cette plateforme.");
        }

        if (input.RegieId is not { } regieId || !await db.Regies.AnyAsync(r => r.Id == regieId, cancellationToken))
        {
            errors.Add(nameof(input.RegieId), "Choisissez une régie existante.");
        }

        errors.Require(nameof(input.Name), input.Name, "Saisissez le nom du service.");
        errors.MaxLength(nameof(input.Description), input.Description, 2000);
        var tariffs = input.TariffCategories ?? [];
        if (tariffs.Count == 0)
        {
            errors.Add(nameof(input.TariffCategories), "Ajoutez au moins une catégorie tarifaire.");
        }

        tariffs.ToList().ForEach(t => ValidateTariff(t, errors));
        (input.RequiredDocuments ?? []).ToList().ForEach(d => ValidateDocument(d, errors));
        if (errors.Any)
        {
            return errors;
        }

        var service = new Service
        {
            Id = Guid.NewGuid(),
            CommuneId = commune!.Id,
            ModuleId = input.ModuleId!,
            RegieId = input.RegieId!.Value,
            Name = input.Name!.Trim(),
            Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim(),
            TariffCategories = tariffs.Select(t => new TariffCategory { Id = Guid.NewGuid(), Name = t.Name!.Trim() }).ToList(),
            RequiredDocuments = (input.RequiredDocuments ?? []).Select(NewDocument).ToList(),
        };
        db.Services.Add(service);
        await db.SaveChangesAsync(cancellationToken);
        return AppResult<ServiceView>.Ok(ToView(service, commune.Slug));
    }

    public async Task<AppResult<TariffCategoryView>> AddTariffCategoryAsync(Guid serviceId, TariffCategoryInput input, CancellationToken cancellationToken)
    {
        if (!await db.Services.AnyAsync(s => s.Id == serviceId, cancellationToken))
        {
            return AppResult<TariffCategoryView>.NotFound();
        }

        var errors = new Errors();
        ValidateTariff(input, errors);
        if (errors.Any)
        {
            return errors;
        }

        var tariff = new TariffCategory { Id = Guid.NewGuid(), ServiceId = serviceId, Name = input.Name!.Trim() };
        db.TariffCategories.Add(tariff);
        await db.SaveChangesAsync(cancellationToken);
        return AppResult<TariffCategoryView>.Ok(new TariffCategoryView(tariff.Id, tariff.Name));
    }

    public async Task<AppResult<RequiredDocumentView>> AddRequiredDocumentAsync(Guid serviceId, RequiredDocumentInput input, CancellationToken cancellationToken)
    {
        if (!await db.Services.AnyAsync(s => s.Id == serviceId, cancellationToken))
        {
            return AppResult<RequiredDocumentView>.NotFound();
        }

        var errors = new Errors();
        ValidateDocument(input, errors);
        if (errors.Any)
        {
            return errors;
        }

        var document = NewDocument(input);
        document.ServiceId = serviceId;
        db.RequiredDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return AppResult<RequiredDocumentView>.Ok(new RequiredDocumentView(document.Id, document.Name, document.PerChild, document.ValidityMonths));
    }

    /// <summary>Creates an agent account, confirmed, with the communes it works for.</summary>
    public async Task<AppResult<AgentView>> CreateAgentAsync(AgentInput input, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        if (!AccountService.IsEmail(input.Email))
        {
            errors.Add(nameof(input.Email), "Saisissez une adresse e-mail valide.");
        }

        errors.Require(nameof(input.FirstName), input.FirstName, "Saisissez le prénom.", 100);
        errors.Require(nameof(input.LastName), input.LastName, "Saisissez le nom.", 100);
        var slugs = input.Communes ?? [];
        var communes = await db.Communes.Where(c => slugs.Contains(c.Slug)).ToListAsync(cancellationToken);
        if (slugs.Count == 0 || communes.Count != slugs.Distinct().Count())
        {
            errors.Add(nameof(input.Communes), "Choisissez une ou plusieurs communes existantes.");
        }

        if (errors.Any)
        {
            return errors;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = new PlatformUser
        {
            Id = Guid.NewGuid(),
            Email = input.Email!.Trim(),
            UserName = input.Email!.Trim(),
            EmailConfirmed = true,
            FirstName = input.FirstName!.Trim(),
            LastName = input.LastName!.Trim(),
        };
        var created = await users.CreateAsync(user, input.Password ?? "");
        if (!created.Succeeded)
        {
            var field = created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? nameof(input.Password) : nameof(input.Email);
            return AppResult<AgentView>.Invalid(field, created.Errors.First().Description);
        }

        await users.AddToRoleAsync(user, Roles.Agent);
        db.AgentCommunes.AddRange(communes.Select(c => new AgentCommune { UserId = user.Id, CommuneId = c.Id }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AppResult<AgentView>.Ok(new AgentView(user.Id, user.Email, communes.Select(c => c.Slug).ToList()));
    }

    private void SeedFeatures(Commune commune, string kind, IEnumerable<string> ids)
    {
        var enabled = kind switch
        {
            FeatureKinds.Module => pluginsFile.ModulesFor(commune.Slug),
            FeatureKinds.InvoicePaymentProvider => pluginsFile.InvoiceProvidersFor(commune.Slug),
            _ => pluginsFile.ProvidersFor(commune.Slug),
        };
        db.CommuneFeatures.AddRange(ids.Select(id => new CommuneFeature
        {
            CommuneId = commune.Id, Kind = kind, FeatureId = id, Enabled = enabled.Contains(id),
        }));
    }

    private static void ValidateTariff(TariffCategoryInput input, Errors errors) =>
        errors.Require("TariffCategories", input.Name, "Chaque catégorie tarifaire a un nom.");

    private static void ValidateDocument(RequiredDocumentInput input, Errors errors)
    {
        errors.Require("RequiredDocuments", input.Name, "Chaque pièce justificative a un nom.");
        if (input.ValidityMonths is < 1 or > 120)
        {
            errors.Add("RequiredDocuments", "La validité d'une pièce est comprise entre 1 et 120 mois.");
        }
    }

    private static RequiredDocument NewDocument(RequiredDocumentInput d) =>
        new() { Id = Guid.NewGuid(), Name = d.Name!.Trim(), PerChild = d.PerChild, ValidityMonths = d.ValidityMonths };

    private static ServiceView ToView(Service s, string commune) => new(
        s.Id,
        commune,
        s.ModuleId,
        s.RegieId,
        s.Name,
        s.Description,
        s.TariffCategories.Select(t => new TariffCategoryView(t.Id, t.Name)).ToList(),
        s.RequiredDocuments.Select(d => new RequiredDocumentView(d.Id, d.Name, d.PerChild, d.ValidityMonths)).ToList());

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
