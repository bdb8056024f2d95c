using Xunit;
using Xunit.Abstractions;

// Test classes run two at a time (the machines have two cores). The suites that kill or start host processes run one
// after another beside the others, and start first: the crash suite alone lasts about as long as all the rest on one
// thread. The browser suites run alone, after all the others: a browser step beside a busy machine can exceed 30 s.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
[assembly: TestCollectionOrderer("Platform.Host.IntegrationTests.Support.ProcessCollectionFirst", "Platform.Host.IntegrationTests")]

namespace Platform.Host.IntegrationTests.Support;

/// <summary>For the suites that kill or start host processes: one at a time, so two of them never compete for the
/// same processes and files. Their waits are generous (a host has 60 s to start), so the classes running beside them
/// do not make them fail.</summary>
[CollectionDefinition(Name)]
public sealed class ProcessCollection
{
    public const string Name = "Processes";
}

/// <summary>For the suites that drive Chromium or listen on sockets: one at a time, with nothing else beside them, so a
/// browser step's 30 s timeout measures the platform and not a neighbour.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}

/// <summary>Starts <see cref="ProcessCollection"/> first; the others keep xunit's order.</summary>
public sealed class ProcessCollectionFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => c.DisplayName == ProcessCollection.Name ? 0 : 1);
}
