namespace Platform.Host.IntegrationTests.Support;

/// <summary>A clock the test sets, for deadlines and expiries that depend on "now".</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
