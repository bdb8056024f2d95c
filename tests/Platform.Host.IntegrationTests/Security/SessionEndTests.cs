using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Security;

/// <summary>Audit finding 5: a session ends on the server at logout, and every session and token at a password reset.</summary>
public sealed class SessionEndTests
{
    private const string NewPassword = "Un-nouveau-mot-2-passe!";

    [Fact]
    public async Task A_copy_of_the_session_cookie_is_refused_after_logout()
    {
        using var platform = new TestPlatform();
        var parent = await platform.RegisterParentAsync("deconnexion@example.fr");
        var browser = platform.Browser();
        var login = await browser.PostFormAsync("/compte/connexion", new() { ["Input.Email"] = parent.Email, ["Input.Password"] = TestPlatform.Password });
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portail.session=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(platform, cookie, "/famille")).StatusCode);

        var logout = await browser.PostFormAsync("/compte/deconnexion", [], formPage: "/famille");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        var replayed = await WithCookie(platform, cookie, "/famille");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/compte/connexion", replayed.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bearer_and_refresh_tokens_are_refused_after_a_password_reset()
    {
        using var platform = new TestPlatform();
        var parent = await platform.RegisterParentAsync("jetons@example.fr");
        var login = await (await platform.Anonymous().PostAsJsonAsync("/api/account/login", new { email = parent.Email, password = TestPlatform.Password })).ReadObjectAsync();
        var bearer = platform.Anonymous();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login["accessToken"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/account/me")).StatusCode);

        await ResetPasswordAsync(platform, parent.Email);

        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/account/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await parent.Client.GetAsync($"/api/families/{parent.FamilyId}")).StatusCode);
        var refreshed = await platform.Anonymous().PostAsJsonAsync("/api/account/refresh", new { refreshToken = login["refreshToken"]!.GetValue<string>() });
        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await platform.Anonymous().PostAsJsonAsync("/api/account/login", new { email = parent.Email, password = NewPassword })).StatusCode);
    }

    [Fact]
    public async Task A_session_cookie_is_refused_after_a_password_reset()
    {
        using var platform = new TestPlatform();
        var parent = await platform.RegisterParentAsync("cookie.reinitialise@example.fr");
        var browser = await platform.BrowserLoginAsync(parent.Email);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/famille")).StatusCode);

        await ResetPasswordAsync(platform, parent.Email);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/famille")).StatusCode);
    }

    private static async Task ResetPasswordAsync(TestPlatform platform, string email)
    {
        await platform.Anonymous().PostAsJsonAsync("/api/account/forgot-password", new { email });
        var code = QueryHelpers.ParseQuery(new Uri("http://x" + platform.Mailbox.LinkTo(email)).Query)["code"].ToString();
        var reset = await platform.Anonymous().PostAsJsonAsync("/api/account/reset-password", new { email, code, password = NewPassword });
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
    }

    private static async Task<HttpResponseMessage> WithCookie(TestPlatform platform, string cookie, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await platform.Anonymous().SendAsync(request);
    }
}
