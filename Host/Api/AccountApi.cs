using Platform.Core.Application;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Platform.Host.Accounts;
using Platform.Host.Security;

namespace Platform.Host.Api;

internal static class AccountApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Compte");
        group.MapPost("/register", Register).AllowAnonymous().RequireRateLimiting(AccountRateLimits.Policy).WithSummary("Creates a parent account and its family; emails a confirmation link.");
        group.MapPost("/confirm-email", ConfirmEmail).AllowAnonymous().RequireRateLimiting(AccountRateLimits.Policy).WithSummary("Confirms the email address with the code of the emailed link.");
        group.MapPost("/login", Login).AllowAnonymous().RequireRateLimiting(AccountRateLimits.Policy).WithSummary("Returns a bearer token (and a refresh token) for the JSON API.");
        group.MapPost("/refresh", Refresh).AllowAnonymous().RequireRateLimiting(AccountRateLimits.Policy).WithSummary("Exchanges a refresh token for a new bearer token.");
        group.MapPost("/forgot-password", ForgotPassword).AllowAnonymous().RequireRateLimiting(AccountRateLimits.Policy).WithSummary("Emails a password reset link, if the account exists.");
        group.MapPost("/reset-password", ResetPassword).AllowAnonymous().RequireRateLimiting(AccountRateLimits.Policy).WithSummary("Sets a new password with the code of the emailed link.");
        group.MapGet("/me", Me).RequireAuthorization(ApiPolicies.User).WithSummary("The caller's account and roles.");
    }

    /// <summary>The same answer for an address that already has an account (its owner is told by email instead).</summary>
    private static async Task<IResult> Register(RegisterInput input, AccountService accounts, CancellationToken cancellationToken) =>
        (await accounts.RegisterAsync(input, cancellationToken)).ToHttp(_ => TypedResults.Created("/api/account/me", new { detail = AccountService.SignUpSent }));

    private static async Task<IResult> ConfirmEmail(ConfirmEmailInput input, AccountService accounts) =>
        (await accounts.ConfirmEmailAsync(input.UserId, input.Code)).ToHttp(_ => TypedResults.NoContent());

    private static async Task<IResult> Login(LoginInput input, HttpContext http, AccountSignIn signIn) =>
        await signIn.PasswordSignInAsync(http, input.Email, input.Password, persistent: false, IdentityConstants.BearerScheme) switch
        {
            SignInOutcome.Succeeded => TypedResults.Empty,
            SignInOutcome.Throttled => TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Connexion refusée.", detail: AccountSignIn.Throttled),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Connexion refusée.", detail: AccountSignIn.Refused),
        };

    private static async Task<IResult> Refresh(
        RefreshInput input, IOptionsMonitor<BearerTokenOptions> bearer, SignInManager<PlatformUser> signIn, TimeProvider clock)
    {
        var ticket = string.IsNullOrEmpty(input.RefreshToken)
            ? null
            : bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(input.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Connexion refusée.", detail: "Reconnectez-vous.");
        }

        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<IResult> ForgotPassword(ForgotPasswordInput input, AccountService accounts, CancellationToken cancellationToken)
    {
        await accounts.RequestPasswordResetAsync(input.Email, cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<IResult> ResetPassword(ResetPasswordInput input, AccountService accounts) =>
        (await accounts.ResetPasswordAsync(input.Email, input.Code, input.Password)).ToHttp(_ => TypedResults.NoContent());

    private static async Task<IResult> Me(HttpContext http, UserManager<PlatformUser> users)
    {
        var user = await users.FindByIdAsync(CurrentUser.From(http.User).Id.ToString());
        if (user is null)
        {
            return AppResultHttp.NotFound();
        }

        var roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new AccountView(
            user.Id, user.Email!, user.Civilite, user.FirstName, user.LastName, user.AddressLine, user.PostalCode, user.City, user.PhoneNumber, roles.ToList()));
    }

    internal sealed record ConfirmEmailInput(Guid UserId, string? Code);

    internal sealed record LoginInput(string? Email, string? Password);

    internal sealed record ForgotPasswordInput(string? Email);

    internal sealed record RefreshInput(string? RefreshToken);

    internal sealed record ResetPasswordInput(string? Email, string? Code, string? Password);

    internal sealed record AccountView(
        Guid Id, string Email, Civilite Civilite, string FirstName, string LastName, string AddressLine, string PostalCode, string City,
        string? Phone, IReadOnlyList<string> Roles);
}
