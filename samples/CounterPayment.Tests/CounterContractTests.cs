using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Testing;

namespace CounterPayment.Tests;

/// <summary>The SDK's contract, with a family that goes to the counter and pays its slip when it is able to.</summary>
public sealed class CounterContractTests : PaymentProviderContract, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "counter-contract-" + Guid.NewGuid().ToString("N"));
    private readonly HashSet<Guid> payingFamilies = [];

    public CounterContractTests()
    {
        Settings = new ProviderSettings(new Dictionary<string, string>
        {
            [CounterSettings.SlipFolder] = folder,
            [CounterSettings.PayWithinDays] = "15",
        });
        Provider = new FamilyAtTheCounter(new CounterPaymentProvider(TimeProvider.System), new SlipBook(folder), payingFamilies);
    }

    protected override IPaymentProvider Provider { get; }

    protected override ProviderSettings Settings { get; }

    protected override Task ArrangePayerAsync(PaymentRequest request, bool ableToPay)
    {
        if (ableToPay)
        {
            payingFamilies.Add(request.PayerId);
        }

        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
