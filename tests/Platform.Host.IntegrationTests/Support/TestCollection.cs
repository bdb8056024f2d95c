using Xunit;

// Test classes run two at a time (the machines have two cores); the suites that time themselves against real
// processes, sockets or a browser run alone, after the others (see SerialCollection).
[assembly: CollectionBehavior(MaxParallelThreads = 2)]

namespace Platform.Host.IntegrationTests.Support;

/// <summary>For the suites that kill processes, drive a browser or listen on sockets: they run one at a time, with
/// nothing else beside them, so their timeouts measure the platform and not a neighbour.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial";
}
