using System.Threading.RateLimiting;

namespace Platform.Host.Security;

/// <summary>Per-account limits, checked once the request's email is read: sign-in attempts per account and client
/// address, and emails per address. They answer the same whether the account exists or not.</summary>
public sealed class AccountThrottle(RateLimitSettings settings) : IDisposable
{
    private readonly PartitionedRateLimiter<string> logins = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = settings.LoginAttemptsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));

    private readonly PartitionedRateLimiter<string> emails = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.EmailsPerAddress,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(settings.MinutesPerEmail),
            AutoReplenishment = true,
            QueueLimit = 0,
        }));

    /// <summary>Whether one more sign-in attempt on <paramref name="email"/> from <paramref name="client"/> may be checked.</summary>
    public bool MayTryLogin(string? client, string email) => Acquire(logins, $"{client}|{Normalise(email)}");

    /// <summary>Whether one more email may be sent to <paramref name="email"/> now; otherwise it is silently not sent.</summary>
    public bool MayEmail(string email) => Acquire(emails, Normalise(email));

    public void Dispose()
    {
        logins.Dispose();
        emails.Dispose();
    }

    private static bool Acquire(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    private static string Normalise(string email) => email.Trim().ToUpperInvariant();
}
