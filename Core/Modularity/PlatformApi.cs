namespace Platform.Core.Modularity;

/// <summary>Version of the contracts in Platform.Core. A plugin loads only if its major equals this one
/// and its minor is not greater.</summary>
public static class PlatformApi
{
    public static readonly Version Version = new(1, 6);

    public static bool Accepts(Version pluginApi) =>
        pluginApi.Major == Version.Major && pluginApi.Minor <= Version.Minor;
}
