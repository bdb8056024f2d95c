using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sepa.Application;
using Platform.PaymentProviders.Testing;

namespace Platform.PaymentProviders.Sepa.Tests;

/// <summary>The platform's provider contract, on a real SQLite file: the payer signs a mandate when able to pay.</summary>
public sealed class SepaProviderContractTests : PaymentProviderContract, IDisposable
{
    private readonly SepaDatabase database = new();

    protected override IPaymentProvider Provider
    {
        get
        {
            var db = database.Context();
            return new SepaPaymentProvider(new DirectDebitScheduler(db, new MandateService(db, TimeProvider.System), new RecordingEmailSender(), TimeProvider.System));
        }
    }

    protected override ProviderSettings Settings => TestCreditor.Settings();

    public void Dispose() => database.Dispose();

    protected override async Task ArrangePayerAsync(PaymentRequest request, bool ableToPay)
    {
        if (!ableToPay)
        {
            return;
        }

        var form = new MandateForm("Jean Martin", "3 place de la Mairie, 01990 Relevant", "FR1420041010050500013M02606", "PSSTFRPPLYO", Accepted: true);
        var result = await new MandateService(database.Context(), TimeProvider.System).SignAsync(request.PayerId, new SepaRegie(request.RegieId, "Régie", Settings), form, default);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.SelectMany(e => e.Value)));
        }
    }
}
