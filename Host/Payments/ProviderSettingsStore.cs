using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Modularity;
using Platform.Host.Common;
using Platform.Host.Data;
using Platform.PaymentProviders.Abstractions;

namespace Platform.Host.Payments;

/// <param name="IsSet">Whether a value is stored; secrets are never sent back, only this.</param>
public sealed record SettingFieldView(string Key, string Label, SettingKind Kind, bool Required, string? Help, IReadOnlyDictionary<string, string>? Choices, bool IsSet, string? Value);

/// <param name="Source">"régie" (entered by an agent), "simulation" (the demo's sandbox) or "aucun".</param>
public sealed record ProviderSettingsView(string ProviderId, string DisplayName, string Source, IReadOnlyList<SettingFieldView> Fields);

/// <summary>Each régie's settings for each payment provider, encrypted at rest. A régie without settings uses the
/// provider's simulation when a sandbox plugin is loaded (never in Production); otherwise the provider is not offered.</summary>
public sealed class ProviderSettingsStore(
    PlatformDbContext db,
    IDataProtectionProvider protection,
    IEnumerable<IPaymentProvider> providers,
    IEnumerable<IPaymentSandbox> sandboxes,
    IHostEnvironment environment,
    PublicUrls urls,
    TimeProvider clock,
    ILogger<ProviderSettingsStore> logger)
{
    private readonly IDataProtector protector = protection.CreateProtector("Platform.PaymentProviderSettings.v1");

    /// <summary>The settings to call <paramref name="providerId"/> with for <paramref name="regieId"/>, or null when it is not configured.</summary>
    public async Task<ProviderSettings?> ForAsync(string providerId, Guid regieId, CancellationToken cancellationToken)
    {
        if (providers.FirstOrDefault(p => p.Id == providerId) is not { } provider)
        {
            return null;
        }

        if (provider.SettingsSchema.Count == 0)
        {
            return ProviderSettings.None;
        }

        if (await StoredAsync(providerId, regieId, cancellationToken) is { } stored)
        {
            var settings = new ProviderSettings(stored);
            if (environment.IsProduction() && provider is IProviderSettingsCheck check && check.Check(settings, production: true) is { Count: > 0 } problems)
            {
                logger.LogError("The {Provider} settings of régie {Regie} are not usable in Production: {Problems}", providerId, regieId, string.Join(" ", problems));
                return null;
            }

            return settings;
        }

        if (environment.IsProduction())
        {
            return null;
        }

        var simulated = sandboxes.Select(s => s.SettingsFor(providerId, regieId, new Uri(urls.For("")))).FirstOrDefault(v => v is not null);
        return simulated is null ? null : new ProviderSettings(simulated, IsSandbox: true);
    }

    public sealed record RegieOverview(Guid RegieId, string RegieName, IReadOnlyList<ProviderSettingsView> Providers);

    /// <summary>Every régie with the state of each provider that needs settings, for the administrators' page.</summary>
    public async Task<IReadOnlyList<RegieOverview>> OverviewAsync(CancellationToken cancellationToken)
    {
        var overview = new List<RegieOverview>();
        foreach (var regie in await db.Regies.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken))
        {
            var views = new List<ProviderSettingsView>();
            foreach (var provider in providers.Where(p => p.SettingsSchema.Count > 0).OrderBy(p => p.DisplayName, StringComparer.Ordinal))
            {
                views.Add((await DescribeAsync(regie.Id, provider.Id, cancellationToken)).Value!);
            }

            overview.Add(new RegieOverview(regie.Id, regie.Name, views));
        }

        return overview;
    }

    public async Task<AppResult<ProviderSettingsView>> DescribeAsync(Guid regieId, string providerId, CancellationToken cancellationToken)
    {
        if (providers.FirstOrDefault(p => p.Id == providerId) is not { } provider)
        {
            return AppResult<ProviderSettingsView>.NotFound();
        }

        var stored = await StoredAsync(providerId, regieId, cancellationToken);
        var source = stored is not null ? "régie"
            : provider.SettingsSchema.Count == 0 ? "aucun"
            : await ForAsync(providerId, regieId, cancellationToken) is { IsSandbox: true } ? "simulation" : "aucun";
        var fields = provider.SettingsSchema.Select(f =>
        {
            var value = stored?.GetValueOrDefault(f.Key);
            return new SettingFieldView(f.Key, f.Label, f.Kind, f.Required, f.Help, f.Choices, !string.IsNullOrEmpty(value), f.Kind == SettingKind.Secret ? null : value);
        }).ToList();
        return AppResult<ProviderSettingsView>.Ok(new ProviderSettingsView(provider.Id, provider.DisplayName, source, fields));
    }

    /// <summary>Checks every field against the provider's schema, then stores them all or nothing. A secret left blank
    /// keeps its stored value, so an agent never has to type a key again to change another field.</summary>
    public async Task<AppResult<ProviderSettingsView>> SaveAsync(
        Guid regieId, string providerId, IReadOnlyDictionary<string, string?> values, Guid actor, CancellationToken cancellationToken)
    {
        if (providers.FirstOrDefault(p => p.Id == providerId) is not { } provider || !await db.Regies.AnyAsync(r => r.Id == regieId, cancellationToken))
        {
            return AppResult<ProviderSettingsView>.NotFound();
        }

        var unknown = values.Keys.Except(provider.SettingsSchema.Select(f => f.Key)).ToList();
        if (unknown.Count > 0)
        {
            return AppResult<ProviderSettingsView>.Invalid(unknown[0], $"« {unknown[0]} » n'est pas un réglage de {provider.DisplayName}.");
        }

        var stored = await StoredAsync(providerId, regieId, cancellationToken) ?? new Dictionary<string, string>();
        var merged = new Dictionary<string, string>();
        var errors = new Dictionary<string, string[]>();
        foreach (var field in provider.SettingsSchema)
        {
            var value = values.GetValueOrDefault(field.Key)?.Trim();
            if (string.IsNullOrEmpty(value) && field.Kind == SettingKind.Secret)
            {
                value = stored.GetValueOrDefault(field.Key);
            }

            if (field.Check(value) is { } error)
            {
                errors[field.Key] = [error];
            }
            else if (!string.IsNullOrEmpty(value))
            {
                merged[field.Key] = value;
            }
        }

        if (errors.Count == 0 && provider is IProviderSettingsCheck check && check.Check(new ProviderSettings(merged), environment.IsProduction()) is { Count: > 0 } problems)
        {
            errors["Settings"] = [.. problems];
        }

        if (errors.Count > 0)
        {
            return AppResult<ProviderSettingsView>.Invalid(errors);
        }

        var row = await db.RegieProviderSettings.SingleOrDefaultAsync(s => s.RegieId == regieId && s.ProviderId == providerId, cancellationToken);
        var protectedValues = protector.Protect(JsonSerializer.Serialize(merged));
        if (row is null)
        {
            db.RegieProviderSettings.Add(new RegieProviderSettings { RegieId = regieId, ProviderId = providerId, ProtectedValues = protectedValues, UpdatedAtUtc = clock.GetUtcNow().UtcDateTime, UpdatedBy = actor });
        }
        else
        {
            row.ProtectedValues = protectedValues;
            row.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            row.UpdatedBy = actor;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await DescribeAsync(regieId, providerId, cancellationToken);
    }

    /// <summary>Null when none are stored, or when they cannot be decrypted (a lost key ring): the provider is then not
    /// offered, and the agent enters the values again.</summary>
    private async Task<Dictionary<string, string>?> StoredAsync(string providerId, Guid regieId, CancellationToken cancellationToken)
    {
        var row = await db.RegieProviderSettings.AsNoTracking().SingleOrDefaultAsync(s => s.RegieId == regieId && s.ProviderId == providerId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(protector.Unprotect(row.ProtectedValues));
        }
        catch (CryptographicException e)
        {
            logger.LogError(e, "The {Provider} settings of régie {Regie} cannot be decrypted (Data Protection keys lost or changed): enter them again.", providerId, regieId);
            return null;
        }
    }
}
