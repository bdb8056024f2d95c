using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Platform.Host.Composition;

/// <summary>What a phone on a slow line downloads: compressed responses, and static files cached by the browser.</summary>
internal static class StaticDelivery
{
    /// <summary>Brotli or gzip at their fastest level (two cores serve the rush). Also over HTTPS: the secrets in a
    /// page, the anti-forgery form tokens, are encrypted afresh for every response, so compression cannot be used to
    /// guess them (BREACH); cookies are headers, never compressed.</summary>
    public static void AddStaticDelivery(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
    }

    /// <summary>Pages link CSS and scripts with asp-append-version ("site.css?v=hash"): such a URL never changes content,
    /// so it is cached for a year; any other static file is revalidated (ETag) on each use.</summary>
    public static void UseStaticDelivery(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = c.Context.Request.Query.ContainsKey("v")
                ? "public, max-age=31536000, immutable"
                : "no-cache",
        });
    }
}
