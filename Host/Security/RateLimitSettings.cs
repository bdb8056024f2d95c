namespace Platform.Host.Security;

/// <summary>The <c>Security:RateLimits</c> section (docs/adr/0016-abuse-resistance-sessions-and-headers.md explains the numbers).</summary>
public sealed class RateLimitSettings
{
    /// <summary>Account forms and API calls (sign-in, sign-up, confirmation, password reset) from one client address.</summary>
    public int ClientRequestsPerMinute { get; init; } = 20;

    /// <summary>Sign-in attempts on one account from one client address.</summary>
    public int LoginAttemptsPerMinute { get; init; } = 5;

    /// <summary>Emails (confirmation, reset link, sign-up notice) that one address can receive at once…</summary>
    public int EmailsPerAddress { get; init; } = 2;

    /// <summary>…and the minutes after which it can receive one more.</summary>
    public int MinutesPerEmail { get; init; } = 5;

    public static RateLimitSettings From(IConfiguration configuration) =>
        configuration.GetSection("Security:RateLimits").Get<RateLimitSettings>() ?? new RateLimitSettings();
}
