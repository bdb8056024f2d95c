using Microsoft.AspNetCore.Identity;
using Platform.Host.Security;

namespace Platform.Host.Accounts;

public enum SignInOutcome
{
    Succeeded,
    Refused,
    Throttled,
}

/// <summary>Password sign-in for the pages and the API: throttled per account and client address instead of locking the
/// account, and one answer for every failure, so that nobody learns whether an address has an account.</summary>
public sealed class AccountSignIn(SignInManager<PlatformUser> signIn, AccountThrottle throttle)
{
    public const string Refused =
        "Adresse e-mail ou mot de passe incorrect, ou adresse pas encore confirmée (pour recevoir de nouveau le lien de confirmation, utilisez « Mot de passe oublié »).";

    public const string Throttled = "Trop d'essais de connexion : réessayez dans une minute.";

    private static readonly PlatformUser Nobody = new();
    private static string? nobodysHash;

    /// <param name="scheme">Where the signed-in principal goes: the session cookie or a bearer token.</param>
    public async Task<SignInOutcome> PasswordSignInAsync(HttpContext http, string? email, string? password, bool persistent, string scheme)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return SignInOutcome.Refused;
        }

        if (!throttle.MayTryLogin(AccountRateLimits.ClientAddress(http), email))
        {
            return SignInOutcome.Throttled;
        }

        var users = signIn.UserManager;
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            // As long as checking a real password, so that the answer's delay tells nothing either.
            users.PasswordHasher.VerifyHashedPassword(Nobody, nobodysHash ??= users.PasswordHasher.HashPassword(Nobody, Guid.NewGuid().ToString()), password);
            return SignInOutcome.Refused;
        }

        signIn.AuthenticationScheme = scheme;
        var result = await signIn.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: false);
        return result.Succeeded ? SignInOutcome.Succeeded : SignInOutcome.Refused;
    }
}
