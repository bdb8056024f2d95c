using Xunit;
using Xunit.Abstractions;

// Test classes run two at a time (the machines have two cores). The suites that drive real processes, sockets or a
// browser share one collection and run one after another, beside the others; it starts first, since its crash suite
// alone lasts about as long as all the rest on one thread.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
[assembly: TestCollectionOrderer("Platform.Host.IntegrationTests.Support.SerialCollectionFirst", "Platform.Host.IntegrationTests")]

namespace Platform.Host.IntegrationTests.Support;

/// <summary>For the suites that kill processes, drive a browser or listen on sockets: one at a time, so two of them
/// never compete for the same ports, processes or browser. Their waits are generous (a host has 60 s to start, a
/// browser step 30 s), so the classes running beside them do not make them fail.</summary>
[CollectionDefinition(Name)]
public sealed class SerialCollection
{
    public const string Name = "Serial";
}

/// <summary>Starts <see cref="SerialCollection"/> first; the others keep xunit's order.</summary>
public sealed class SerialCollectionFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => c.DisplayName == SerialCollection.Name ? 0 : 1);
}
