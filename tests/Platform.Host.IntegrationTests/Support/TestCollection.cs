using Xunit;
using Xunit.Abstractions;

// Test classes run two at a time (the machines have two cores). The suites that drive real processes or a browser
// are grouped in two collections whose classes run one after another, beside the others; they start first, since the
// crash suite alone lasts about as long as all the rest on one thread.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
[assembly: TestCollectionOrderer("Platform.Host.IntegrationTests.Support.SlowCollectionsFirst", "Platform.Host.IntegrationTests")]

namespace Platform.Host.IntegrationTests.Support;

/// <summary>For the suites that kill or start host processes: one at a time, so two of them never compete for the
/// same processes and files. Their waits are generous (a host has 60 s to start), so the classes running beside them
/// do not make them fail.</summary>
[CollectionDefinition(Name)]
public sealed class ProcessCollection
{
    public const string Name = "Processes";
}

/// <summary>For the suites that drive Chromium or listen on sockets: one at a time, so two browsers never compete; a
/// browser step waits up to 30 s.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}

/// <summary>Starts <see cref="ProcessCollection"/> and <see cref="BrowserCollection"/> first; the others keep xunit's
/// order.</summary>
public sealed class SlowCollectionsFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => c.DisplayName is ProcessCollection.Name or BrowserCollection.Name ? 0 : 1);
}
