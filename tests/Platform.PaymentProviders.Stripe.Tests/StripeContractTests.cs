using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Testing;

namespace Platform.PaymentProviders.Stripe.Tests;

public sealed class StripeContractTests : PaymentProviderContract, IAsyncLifetime
{
    private StripeTestBed bed = null!;

    protected override IPaymentProvider Provider => bed.Provider;

    protected override ProviderSettings Settings => bed.Settings;

    public async Task InitializeAsync() => bed = await StripeTestBed.StartAsync();

    public async Task DisposeAsync() => await bed.DisposeAsync();

    protected override async Task<ProviderCallback?> AnswerAsync(PaymentStart.RedirectTo redirect, PayerAnswer answer)
    {
        var before = bed.Webhooks.All.Count;
        using var response = await bed.AnswerAsync(redirect.Url, answer switch
        {
            PayerAnswer.Pay => "pay",
            PayerAnswer.Refuse => "refuse",
            _ => "abandon",
        });
        var sent = bed.Webhooks.All.Skip(before).LastOrDefault();
        return sent is null ? null : CapturedWebhooks.AsCallback(sent);
    }
}
