using Xunit;

namespace Platform.Sdk.Tests;

/// <summary>An SDK packed into a folder feed.</summary>
public sealed record PackedSdk(string Feed, string Version);

/// <summary>A temporary folder where the SDK is packed once per version and the sample built against it. Every
/// build writes under it (ArtifactsPath), never into the repository's bin and obj folders, and every package version
/// is new, so no NuGet cache can serve a stale copy.</summary>
public sealed class SdkWorkspace : IDisposable
{
    private const string Abstractions = "PaymentProviders/Abstractions/Platform.PaymentProviders.Abstractions.csproj";
    private const string Testing = "PaymentProviders/Testing/Platform.PaymentProviders.Testing.csproj";
    private const string Sample = "samples/CounterPayment/CounterPayment.csproj";

    private readonly string stamp = $"{DateTime.UtcNow:yyyyMMddHHmmss}.r{Guid.NewGuid():N}"[..30];
    private readonly Lazy<Task<PackedSdk>> current;
    private readonly Lazy<Task<PackedSdk>> nextMajor;

    public SdkWorkspace()
    {
        current = new(() => PackAsync("current", $"1.0.0-sdktest.{stamp}", withTestKit: true));
        nextMajor = new(() => PackAsync("major2", $"2.0.0-sdktest.{stamp}", withTestKit: false, "-p:AssemblyVersion=2.0.0.0"));
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("platform-sdk-tests-").FullName;

    /// <summary>The SDK as this repository builds it, with its contract kit.</summary>
    public Task<PackedSdk> CurrentAsync() => current.Value;

    /// <summary>The SDK with a breaking change: assembly major 2.</summary>
    public Task<PackedSdk> NextMajorAsync() => nextMajor.Value;

    /// <summary>Builds the counter sample against <paramref name="sdk"/> into a plugins base folder of its own, as
    /// plugins/counter/, and returns that base folder.</summary>
    public async Task<string> BuildSampleAsync(PackedSdk sdk, string name)
    {
        var baseDirectory = Path.Combine(Root, name);
        await DotNet.SucceedAsync(["build", Sample, "-c", "Release", "-o", Path.Combine(baseDirectory, "plugins", "counter"), .. SampleProperties(sdk, name)]);
        return baseDirectory;
    }

    /// <summary>The properties a sample project needs to build against <paramref name="sdk"/> in this workspace.</summary>
    public string[] SampleProperties(PackedSdk sdk, string name) =>
    [
        $"-p:PlatformSdkVersion={sdk.Version}", $"-p:PlatformSdkFeed={sdk.Feed}{Path.DirectorySeparatorChar}", .. BuildIn(name),
    ];

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private async Task<PackedSdk> PackAsync(string name, string version, bool withTestKit, params string[] properties)
    {
        var feed = Path.Combine(Root, name, "feed");
        foreach (var project in withTestKit ? [Abstractions, Testing] : new[] { Abstractions })
        {
            await DotNet.SucceedAsync(["pack", project, "-c", "Release", "-o", feed, $"-p:PackageVersion={version}", .. BuildIn($"{name}-pack"), .. properties]);
        }

        return new PackedSdk(feed, version);
    }

    private string[] BuildIn(string name) => ["-p:UseArtifactsOutput=true", $"-p:ArtifactsPath={Path.Combine(Root, "build", name)}"];
}

[CollectionDefinition(Name)]
public sealed class SdkCollection : ICollectionFixture<SdkWorkspace>
{
    /// <summary>One workspace for every test, which run one at a time: each starts builds on a shared machine.</summary>
    public const string Name = "sdk";
}
