namespace Platform.PaymentProviders.Abstractions;

/// <summary>Optional, for a provider whose settings need more than each field's pattern (checksums, fields that
/// depend on each other, test values that must never take real payments): the host calls it before saving a régie's
/// settings, and again before each use in Production, and refuses them on any message.</summary>
public interface IProviderSettingsCheck
{
    /// <param name="production">The platform runs in Production: test keys, test modes and other endpoints than the
    /// provider's real ones are refused (they would turn simulated payments into paid orders).</param>
    /// <returns>French messages for an agent; empty when the settings are usable.</returns>
    IReadOnlyList<string> Check(ProviderSettings settings, bool production);
}
