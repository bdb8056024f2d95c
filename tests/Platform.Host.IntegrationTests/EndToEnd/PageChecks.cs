using Microsoft.Playwright;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.EndToEnd;

internal static class PageChecks
{
    /// <summary>Saves a full-page screenshot under artifacts/screenshots (first, so a failure has its picture), then checks what every page must be:
    /// no horizontal scroll at 360 px, a label on every form control, a title and one h1.</summary>
    public static async Task CheckAndCaptureAsync(this IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Paths.Artifacts, $"{name}.png"), FullPage = true });
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{name}: {overflow} px of horizontal scroll at 360 px");

        var unlabelled = await page.EvaluateAsync<string[]>("""
            Array.from(document.querySelectorAll('input, select, textarea'))
              .filter(c => c.type !== 'hidden')
              .filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label') && !c.getAttribute('aria-labelledby'))
              .map(c => c.name || c.id || c.outerHTML)
            """);
        Assert.True(unlabelled.Length == 0, $"{name}: controls without a label: {string.Join(", ", unlabelled)}");
        Assert.False(string.IsNullOrWhiteSpace(await page.TitleAsync()), $"{name}: no title");
        Assert.Equal(1, await page.Locator("h1").CountAsync());

    }
}
