using Xunit;

namespace Platform.PaymentProviders.PayFip.Tests;

/// <summary>Starts a fresh fake PayFiP for each test.</summary>
public abstract class PayFipTestBase : IAsyncLifetime
{
    private PayFipWorld? world;

    internal PayFipWorld World => world ?? throw new InvalidOperationException("The world starts in InitializeAsync.");

    public async Task InitializeAsync() => world = await PayFipWorld.StartAsync();

    public async Task DisposeAsync() => await World.DisposeAsync();
}
