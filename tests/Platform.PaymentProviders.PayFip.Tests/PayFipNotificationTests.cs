using Platform.PaymentProviders.Abstractions;
using Xunit;

namespace Platform.PaymentProviders.PayFip.Tests;

public sealed class PayFipNotificationTests : PayFipTestBase
{
    [Fact]
    public async Task HandleCallback_returns_the_verified_outcome_under_the_start_reference()
    {
        var redirect = await World.StartPaymentAsync(PayFipWorld.NewRequest(1500));
        await World.AnswerAsync(redirect, "V");

        var outcome = await World.NotifyAsync(World.Notifications.Last);

        Assert.Equal(await World.StatusAsync(redirect.ProviderReference), outcome);
    }

    [Fact]
    public async Task HandleCallback_replayed_gives_the_same_event()
    {
        var redirect = await World.StartPaymentAsync(PayFipWorld.NewRequest());
        await World.AnswerAsync(redirect, "P");

        var first = await World.NotifyAsync(World.Notifications.Last);
        var replayed = await World.NotifyAsync(World.Notifications.Last);

        Assert.NotNull(first);
        Assert.Equal(first, replayed);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task HandleCallback_ignores_a_forged_resultrans_on_an_unpaid_operation(string method)
    {
        var redirect = await World.StartPaymentAsync(PayFipWorld.NewRequest());
        var idOp = redirect.ProviderReference.Split(':')[0];
        var forged = new Dictionary<string, string> { ["idop"] = idOp, ["resultrans"] = "P", ["montant"] = "1250" };

        var beforeAnswer = await World.NotifyAsync(Callback(method, forged));
        await World.AnswerAsync(redirect, "R");
        var afterRefusal = await World.NotifyAsync(Callback(method, forged));

        Assert.Null(beforeAnswer);
        Assert.Equal(PaymentState.Failed, afterRefusal?.State);
    }

    [Fact]
    public async Task HandleCallback_for_an_unknown_idOp_is_null()
    {
        var outcome = await World.NotifyAsync(Callback("POST", new Dictionary<string, string> { ["idOp"] = Guid.NewGuid().ToString() }));

        Assert.Null(outcome);
    }

    [Fact]
    public async Task HandleCallback_without_a_readable_idOp_is_null_and_asks_nothing()
    {
        var outcome = await World.NotifyAsync(Callback("POST", new Dictionary<string, string> { ["idOp"] = "<x/>" }));

        Assert.Null(outcome);
        Assert.Empty(World.Fake.Requests);
    }

    private static ProviderCallback Callback(string method, Dictionary<string, string> fields)
    {
        var none = new Dictionary<string, string>();
        var body = string.Join('&', fields.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}"));
        return method == "GET"
            ? new ProviderCallback(method, none, fields, none, "")
            : new ProviderCallback(method, none, none, fields, body);
    }
}
