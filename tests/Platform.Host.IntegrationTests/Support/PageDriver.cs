using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace Platform.Host.IntegrationTests.Support;

/// <summary>Drives the server-rendered pages as a browser without JavaScript: anti-forgery token, form posts, cookies.</summary>
public static partial class PageDriver
{
    public static async Task<HttpClient> BrowserLoginAsync(this TestPlatform platform, string email, string password = TestPlatform.Password)
    {
        var browser = platform.Browser();
        var response = await browser.PostFormAsync("/compte/connexion", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"login of {email} answered {(int)response.StatusCode}");
        return browser;
    }

    /// <summary>Loads the form page, then posts the fields with its anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient browser, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var token = await TokenAsync(browser, formPage ?? url);
        var form = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await browser.PostAsync(url, form);
    }

    public static async Task<HttpResponseMessage> PostMultipartAsync(
        this HttpClient browser, string url, MultipartFormDataContent form, string? formPage = null)
    {
        form.Add(new StringContent(await TokenAsync(browser, formPage ?? url)), "__RequestVerificationToken");
        return await browser.PostAsync(url, form);
    }

    public static async Task<string> TokenAsync(HttpClient browser, string url)
    {
        var html = await browser.GetStringAsync(url);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"{url} has no anti-forgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
