using Xunit;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Platform.Host.IntegrationTests.Support;
