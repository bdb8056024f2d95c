namespace Platform.PaymentProviders.Abstractions;

/// <summary>Optional, for a provider whose settings need more than each field's pattern (checksums, fields that
/// depend on each other): the host calls it before saving a régie's settings and refuses them on any message.</summary>
public interface IProviderSettingsCheck
{
    /// <returns>French messages for an agent; empty when the settings are usable.</returns>
    IReadOnlyList<string> Check(ProviderSettings settings);
}
