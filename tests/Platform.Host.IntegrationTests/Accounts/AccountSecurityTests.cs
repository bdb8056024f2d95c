using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Accounts;

public sealed class AccountSecurityTests
{
    [Theory]
    [InlineData("short-1!")]
    [InlineData("onlylettersandmore")]
    [InlineData("lettersanddigits1234")]
    [InlineData("1234567890123!!")]
    public async Task Register_with_a_weak_password_is_refused_with_the_rule(string password)
    {
        using var platform = new TestPlatform();
        var response = await platform.Anonymous().PostAsJsonAsync("/api/account/register", ApiDriver.RegisterBody("weak@example.fr", password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        Assert.Equal(
            "Le mot de passe doit contenir au moins 13 caractères, dont des lettres, des chiffres et des symboles.",
            problem["errors"]!["password"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Login_before_confirming_the_email_is_refused()
    {
        using var platform = new TestPlatform();
        await platform.Anonymous().PostAsJsonAsync("/api/account/register", ApiDriver.RegisterBody("pas.confirme@example.fr"));

        var login = await platform.Anonymous().PostAsJsonAsync("/api/account/login", new { email = "pas.confirme@example.fr", password = TestPlatform.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Contains("pas encore confirmée", (await login.ReadObjectAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_passwords_do_not_lock_the_account()
    {
        using var platform = new TestPlatform();
        var parent = await platform.RegisterParentAsync("lock@example.fr");
        var anonymous = platform.Anonymous();

        for (var attempt = 0; attempt < 10; attempt++)
        {
            var wrong = await anonymous.PostAsJsonAsync("/api/account/login", new { email = parent.Email, password = "Wrong-password-99!" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var right = await anonymous.PostAsJsonAsync("/api/account/login", new { email = parent.Email, password = TestPlatform.Password });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task Forgotten_password_link_sets_a_new_password_once()
    {
        using var platform = new TestPlatform();
        var parent = await platform.RegisterParentAsync("oubli@example.fr");
        var anonymous = platform.Anonymous();

        var unknown = await anonymous.PostAsJsonAsync("/api/account/forgot-password", new { email = "personne@example.fr" });
        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Empty(platform.Mailbox.To("personne@example.fr"));

        await anonymous.PostAsJsonAsync("/api/account/forgot-password", new { email = parent.Email });
        var link = platform.Mailbox.LinkTo(parent.Email);
        Assert.StartsWith("/compte/reinitialiser", link, StringComparison.Ordinal);
        var code = QueryHelpers.ParseQuery(new Uri("http://x" + link).Query)["code"].ToString();

        var weak = await anonymous.PostAsJsonAsync("/api/account/reset-password", new { email = parent.Email, code, password = "faible" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        var reset = await anonymous.PostAsJsonAsync("/api/account/reset-password", new { email = parent.Email, code, password = "Nouveau-mot-2-passe!" });
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        var replay = await anonymous.PostAsJsonAsync("/api/account/reset-password", new { email = parent.Email, code, password = "Encore-un-autre-3!" });
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);

        await platform.LoginAsync(parent.Email, "Nouveau-mot-2-passe!");
        var old = await anonymous.PostAsJsonAsync("/api/account/login", new { email = parent.Email, password = TestPlatform.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_bearer_token_until_the_password_changes()
    {
        using var platform = new TestPlatform();
        var parent = await platform.RegisterParentAsync("refresh@example.fr");
        var login = await (await platform.Anonymous().PostAsJsonAsync("/api/account/login", new { email = parent.Email, password = TestPlatform.Password })).ReadObjectAsync();
        var refreshToken = login["refreshToken"]!.GetValue<string>();

        var refreshed = await platform.Anonymous().PostAsJsonAsync("/api/account/refresh", new { refreshToken });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.False(string.IsNullOrEmpty((await refreshed.ReadObjectAsync())["accessToken"]?.GetValue<string>()));

        await platform.Anonymous().PostAsJsonAsync("/api/account/forgot-password", new { email = parent.Email });
        var code = QueryHelpers.ParseQuery(new Uri("http://x" + platform.Mailbox.LinkTo(parent.Email)).Query)["code"].ToString();
        await platform.Anonymous().PostAsJsonAsync("/api/account/reset-password", new { email = parent.Email, code, password = "Nouveau-mot-2-passe!" });
        var afterReset = await platform.Anonymous().PostAsJsonAsync("/api/account/refresh", new { refreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, afterReset.StatusCode);
    }

    [Fact]
    public async Task Me_returns_the_personal_details_given_at_sign_up()
    {
        using var platform = new TestPlatform();
        var parent = await platform.RegisterParentAsync("moi@example.fr");

        var me = await parent.Client.GetFromJsonAsync<JsonObject>("/api/account/me");

        Assert.Equal("Julie", me!["firstName"]!.GetValue<string>());
        Assert.Equal("0612345678", me["phone"]!.GetValue<string>());
        Assert.Equal(["parent"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }
}
