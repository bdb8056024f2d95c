using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Security;

/// <summary>Audit finding 4: accounts cannot be locked by a stranger, flooded with emails, or listed.</summary>
public sealed class AccountAbuseTests
{
    private const string WrongPassword = "Pas-le-bon-mot-2-passe!";

    [Fact]
    public async Task A_stranger_guessing_a_password_is_slowed_but_does_not_keep_the_owner_out()
    {
        using var platform = SecurityPlatform.Create();
        var parent = await platform.RegisterParentAsync("proprietaire@example.fr");
        var stranger = platform.From("203.0.113.66");

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 30; attempt++)
        {
            answers.Add((await stranger.PostAsJsonAsync("/api/account/login", new { email = parent.Email, password = WrongPassword })).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), answers.Take(5));
        Assert.All(answers.Skip(5), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        var owner = await platform.From("198.51.100.7").PostAsJsonAsync("/api/account/login", new { email = parent.Email, password = TestPlatform.Password });
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
        var ownerPages = platform.Browser();
        ownerPages.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.8");
        var signedIn = await ownerPages.PostFormAsync("/compte/connexion", new() { ["Input.Email"] = parent.Email, ["Input.Password"] = TestPlatform.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task Every_failed_sign_in_answers_the_same_known_or_not_confirmed_or_not()
    {
        using var platform = SecurityPlatform.Create();
        var parent = await platform.RegisterParentAsync("connu@example.fr");
        await platform.Anonymous().PostAsJsonAsync("/api/account/register", ApiDriver.RegisterBody("pas.confirme@example.fr"));

        var unknown = await platform.From("192.0.2.1").PostAsJsonAsync("/api/account/login", new { email = "inconnu@example.fr", password = TestPlatform.Password });
        var wrong = await platform.From("192.0.2.2").PostAsJsonAsync("/api/account/login", new { email = parent.Email, password = WrongPassword });
        var unconfirmed = await platform.From("192.0.2.3").PostAsJsonAsync("/api/account/login", new { email = "pas.confirme@example.fr", password = TestPlatform.Password });

        var expected = await AnswerAsync(unknown);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.All([wrong, unconfirmed], response => Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode));
        Assert.Equal(expected, await AnswerAsync(wrong));
        Assert.Equal(expected, await AnswerAsync(unconfirmed));

        var pages = new List<string>();
        foreach (var (email, password) in new[] { ("inconnu@example.fr", TestPlatform.Password), (parent.Email, WrongPassword), ("pas.confirme@example.fr", TestPlatform.Password) })
        {
            var page = await platform.Browser().PostFormAsync("/compte/connexion", new() { ["Input.Email"] = email, ["Input.Password"] = password });
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            pages.Add(ErrorSummary(await page.Content.ReadAsStringAsync()));
        }

        Assert.Single(pages.Distinct());
        Assert.Contains("Adresse e-mail ou mot de passe incorrect", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throttled_sign_in_answers_the_same_for_a_known_and_an_unknown_address()
    {
        using var platform = SecurityPlatform.Create();
        var parent = await platform.RegisterParentAsync("ralenti@example.fr");

        async Task<HttpResponseMessage> SixthAttemptAsync(string email, string client)
        {
            var guesser = platform.From(client);
            for (var attempt = 0; attempt < 5; attempt++)
            {
                await guesser.PostAsJsonAsync("/api/account/login", new { email, password = WrongPassword });
            }

            return await guesser.PostAsJsonAsync("/api/account/login", new { email, password = WrongPassword });
        }

        var known = await SixthAttemptAsync(parent.Email, "192.0.2.10");
        var unknown = await SixthAttemptAsync("inconnu@example.fr", "192.0.2.11");

        Assert.Equal(HttpStatusCode.TooManyRequests, known.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, unknown.StatusCode);
        var answer = await AnswerAsync(known);
        Assert.Equal(await AnswerAsync(unknown), answer);
        Assert.Contains("réessayez dans une minute", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thirty_reset_requests_send_at_most_two_emails()
    {
        using var platform = SecurityPlatform.Create();
        var parent = await platform.RegisterParentAsync("inonde@example.fr");
        var before = platform.Mailbox.To(parent.Email).Count;
        var flooder = platform.From("203.0.113.99");

        var answers = new List<HttpStatusCode>();
        for (var request = 0; request < 30; request++)
        {
            answers.Add((await flooder.PostAsJsonAsync("/api/account/forgot-password", new { email = parent.Email })).StatusCode);
        }

        for (var client = 1; client <= 30; client++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await platform.From($"198.51.100.{client}").PostAsJsonAsync("/api/account/forgot-password", new { email = parent.Email })).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, answers);
        var rejected = await flooder.PostAsJsonAsync("/api/account/forgot-password", new { email = parent.Email });
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.Equal("Trop de demandes depuis votre connexion : réessayez dans une minute.", (await rejected.ReadObjectAsync())["detail"]!.GetValue<string>());
        var sent = platform.Mailbox.To(parent.Email).Count - before;
        Assert.InRange(sent, 1, 2);
    }

    [Fact]
    public async Task Signing_up_with_a_known_address_answers_as_for_a_new_one_and_tells_the_owner()
    {
        using var platform = SecurityPlatform.Create();
        var parent = await platform.RegisterParentAsync("deja.inscrit@example.fr");

        var known = await platform.From("192.0.2.20").PostAsJsonAsync("/api/account/register", ApiDriver.RegisterBody(parent.Email));
        var fresh = await platform.From("192.0.2.21").PostAsJsonAsync("/api/account/register", ApiDriver.RegisterBody("nouveau@example.fr"));

        Assert.Equal(HttpStatusCode.Created, fresh.StatusCode);
        Assert.Equal(fresh.StatusCode, known.StatusCode);
        Assert.Equal(fresh.Headers.Location, known.Headers.Location);
        Assert.Equal(await fresh.Content.ReadAsStringAsync(), await known.Content.ReadAsStringAsync());
        Assert.Contains("Quelqu'un a tenté de créer un compte avec votre adresse", platform.Mailbox.Last(parent.Email).TextBody, StringComparison.Ordinal);

        var knownPage = await platform.Browser().PostFormAsync("/compte/inscription", SignUpFields(parent.Email));
        var freshPage = await platform.Browser().PostFormAsync("/compte/inscription", SignUpFields("autre.nouveau@example.fr"));
        Assert.Equal(HttpStatusCode.Redirect, knownPage.StatusCode);
        Assert.Equal(freshPage.StatusCode, knownPage.StatusCode);
        Assert.Equal("/compte/inscription-envoyee", knownPage.Headers.Location!.OriginalString.Split('?')[0]);
        Assert.Equal("/compte/inscription-envoyee", freshPage.Headers.Location!.OriginalString.Split('?')[0]);
    }

    private static Dictionary<string, string> SignUpFields(string email) => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = TestPlatform.Password,
        ["Input.ConfirmPassword"] = TestPlatform.Password,
        ["Input.Civilite"] = "Madame",
        ["Input.LastName"] = "Martin",
        ["Input.FirstName"] = "Julie",
        ["Input.AddressLine"] = "12 rue des Étangs",
        ["Input.PostalCode"] = "01990",
        ["Input.City"] = "Baneins",
        ["Input.Phone"] = "06 12 34 56 78",
    };

    /// <summary>The problem details without their trace id, which differs for every request.</summary>
    private static async Task<string> AnswerAsync(HttpResponseMessage response)
    {
        var problem = await response.ReadObjectAsync();
        problem.Remove("traceId");
        return problem.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string ErrorSummary(string html)
    {
        var start = html.IndexOf("error-summary", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page shows no error summary");
        return html[start..html.IndexOf("</div>", start, StringComparison.Ordinal)];
    }
}
