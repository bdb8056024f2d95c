using Xunit;

namespace Platform.PaymentProviders.PayFip.Tests;

public sealed class PayFipVerificationTests : PayFipTestBase
{
    [Fact]
    public async Task GetStatus_rejects_an_operation_with_another_refdet()
    {
        var redirect = await World.StartPaymentAsync(PayFipWorld.NewRequest());
        await World.AnswerAsync(redirect, "P");
        var idOp = redirect.ProviderReference.Split(':')[0];

        await Assert.ThrowsAsync<PayFipMismatchException>(() => World.StatusAsync($"{idOp}:{PayFipFields.Refdet(Guid.NewGuid())}"));
    }

    [Fact]
    public async Task GetStatus_and_HandleCallback_reject_an_operation_of_another_numcli()
    {
        var redirect = await World.StartPaymentAsync(PayFipWorld.NewRequest(), World.SettingsWith(numcli: PayFipWorld.OtherNumcli));
        await World.AnswerAsync(redirect, "P");

        await Assert.ThrowsAsync<PayFipMismatchException>(() => World.StatusAsync(redirect.ProviderReference));
        await Assert.ThrowsAsync<PayFipMismatchException>(() => World.NotifyAsync(World.Notifications.Last));
    }

    [Fact]
    public async Task GetStatus_in_production_rejects_a_test_payment()
    {
        var redirect = await World.StartPaymentAsync(PayFipWorld.NewRequest());
        await World.AnswerAsync(redirect, "P");

        await Assert.ThrowsAsync<PayFipMismatchException>(() => World.StatusAsync(redirect.ProviderReference, World.SettingsWith(saisie: "W")));
    }
}
