using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Testing;
using Xunit;

namespace Platform.PaymentProviders.PayFip.Tests;

public sealed class PayFipContractTests : PaymentProviderContract, IAsyncLifetime
{
    private PayFipWorld? world;

    private PayFipWorld World => world ?? throw new InvalidOperationException("The world starts in InitializeAsync.");

    protected override IPaymentProvider Provider => World.Provider;

    protected override ProviderSettings Settings => World.Settings;

    public async Task InitializeAsync() => world = await PayFipWorld.StartAsync();

    public async Task DisposeAsync() => await World.DisposeAsync();

    protected override async Task<ProviderCallback?> AnswerAsync(PaymentStart.RedirectTo redirect, PayerAnswer answer)
    {
        await World.AnswerAsync(redirect, answer switch
        {
            PayerAnswer.Pay => "P",
            PayerAnswer.Refuse => "R",
            _ => "A",
        });
        return World.Notifications.Last;
    }
}
