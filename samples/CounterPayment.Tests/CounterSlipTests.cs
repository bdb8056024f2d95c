using Platform.PaymentProviders.Abstractions;
using Xunit;

namespace CounterPayment.Tests;

/// <summary>What the contract does not say about a counter: the slip, its delay, the till's notification.</summary>
public sealed class CounterSlipTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "counter-slips-" + Guid.NewGuid().ToString("N"));
    private readonly SettableClock clock = new(Monday);
    private readonly CounterPaymentProvider provider;
    private readonly ProviderSettings settings;

    public CounterSlipTests()
    {
        provider = new CounterPaymentProvider(clock);
        settings = new ProviderSettings(new Dictionary<string, string>
        {
            [CounterSettings.SlipFolder] = folder,
            [CounterSettings.PayWithinDays] = "7",
            [CounterSettings.CounterAddress] = "Mairie de Baneins",
        });
    }

    [Fact]
    public async Task A_slip_tells_the_family_where_what_and_until_when_to_pay()
    {
        var reference = await StartAsync(Guid.NewGuid(), 1250);

        var slip = new SlipBook(folder).Find(reference);

        Assert.NotNull(slip);
        Assert.Contains(reference, slip.Instructions);
        Assert.Contains("Mairie de Baneins", slip.Instructions);
        Assert.Contains("12,50 €", slip.Instructions);
        Assert.Contains("30/11/2026", slip.Instructions);
    }

    [Fact]
    public async Task Starting_the_same_payment_again_keeps_its_slip()
    {
        var payment = Guid.NewGuid();
        var first = await StartAsync(payment, 1250);
        clock.Now = Monday.AddHours(2);

        var again = await StartAsync(payment, 1250);

        Assert.Equal(first, again);
        Assert.Equal(Monday, new SlipBook(folder).Find(first)!.IssuedAt);
    }

    [Fact]
    public async Task An_unpaid_slip_processes_until_its_due_date_then_expires()
    {
        var reference = await StartAsync(Guid.NewGuid(), 900);

        clock.Now = Monday.AddDays(7);
        Assert.Equal(PaymentState.Processing, (await provider.GetStatusAsync(reference, settings, CancellationToken.None)).State);
        clock.Now = Monday.AddDays(7).AddMinutes(1);
        Assert.Equal(PaymentState.Expired, (await provider.GetStatusAsync(reference, settings, CancellationToken.None)).State);
    }

    [Fact]
    public async Task The_tills_notification_reads_the_amount_the_agent_recorded()
    {
        var reference = await StartAsync(Guid.NewGuid(), 900);
        new SlipBook(folder).RecordPayment(reference, 850, Monday.AddDays(1));

        var outcome = await provider.HandleCallbackAsync(Notification(reference), settings, CancellationToken.None);

        Assert.Equal(new PaymentOutcome(reference, PaymentState.Succeeded, 850, $"counter:{reference}:Succeeded"), outcome);
    }

    [Theory]
    [InlineData("GUI-000000000000")]
    [InlineData("../../etc/passwd")]
    public async Task A_notification_naming_no_slip_of_the_book_is_ignored(string reference)
    {
        Assert.Null(await provider.HandleCallbackAsync(Notification(reference), settings, CancellationToken.None));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<string> StartAsync(Guid payment, long cents)
    {
        var request = new PaymentRequest(
            payment, "baneins", Guid.NewGuid(), Guid.NewGuid(), cents, "EUR", "CMD-1", "Cantine de novembre", "parent@example.org",
            [], new Uri("https://portail.example/commandes/1"), new Uri("https://portail.example/payments/callback/counter/1"), $"payment:{payment}", Monday.AddHours(1));
        return Assert.IsType<PaymentStart.Accepted>(await provider.StartAsync(request, settings, CancellationToken.None)).ProviderReference;
    }

    private static ProviderCallback Notification(string reference) =>
        new("POST", new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, string> { [CounterPaymentProvider.ReferenceField] = reference }, "");

    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
