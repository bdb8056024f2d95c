namespace Platform.PaymentProviders.Stripe;

/// <summary>When a Checkout Session stops taking payment. Stripe accepts 30 minutes to 24 hours after creation.</summary>
internal static class CheckoutExpiry
{
    private static readonly TimeSpan Grid = TimeSpan.FromMinutes(5);

    /// <summary>The later of what the platform asks and 31 minutes from now, at most 24 hours from now. The bounds are
    /// put on a 5-minute grid so that retrying the same request a moment later sends the same parameters: Stripe
    /// refuses an idempotency key reused with other parameters.</summary>
    public static DateTimeOffset For(DateTimeOffset asked, DateTimeOffset now)
    {
        var earliest = RoundUp(now + TimeSpan.FromMinutes(31));
        var latest = RoundDown(now + TimeSpan.FromHours(24));
        var wanted = RoundDown(asked, TimeSpan.FromSeconds(1));
        return wanted < earliest ? earliest : wanted > latest ? latest : wanted;
    }

    private static DateTimeOffset RoundUp(DateTimeOffset time) => RoundDown(time + Grid - TimeSpan.FromTicks(1), Grid);

    private static DateTimeOffset RoundDown(DateTimeOffset time, TimeSpan? step = null)
    {
        var ticks = (step ?? Grid).Ticks;
        return new DateTimeOffset(time.UtcTicks - (time.UtcTicks % ticks), TimeSpan.Zero);
    }
}
