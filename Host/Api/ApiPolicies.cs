using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Platform.Host.Accounts;

namespace Platform.Host.Api;

/// <summary>The JSON API authenticates with bearer tokens only, so a browser's cookie can never be replayed
/// against it (no cross-site request forgery on the API).</summary>
public static class ApiPolicies
{
    public const string User = "api-user";
    public const string Agent = "api-agent";
    public const string Administrator = "api-administrator";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(User, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser());
        options.AddPolicy(Agent, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireRole(Roles.Agent, Roles.Administrator));
        options.AddPolicy(Administrator, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireRole(Roles.Administrator));
    }
}
