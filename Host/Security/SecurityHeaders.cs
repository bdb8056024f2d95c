namespace Platform.Host.Security;

/// <summary>Headers sent with every response: no inline script or style, no framing, forms posted only to the platform
/// (and to the payment providers it redirects to after a post), no powerful browser feature.</summary>
internal static class SecurityHeaders
{
    /// <summary>After a form post the platform redirects to the card gateway or PayFiP; browsers check that redirect
    /// against form-action too.</summary>
    private const string DefaultFormActionOrigins = "https://checkout.stripe.com https://www.payfip.gouv.fr";

    private const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), fullscreen=(self), geolocation=(), gyroscope=(), " +
        "magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), usb=(), interest-cohort=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        var formActions = configuration["Security:FormActionOrigins"] ?? DefaultFormActionOrigins;
        var pages = ContentSecurityPolicy(formActions, swaggerUi: false);
        var swaggerUi = ContentSecurityPolicy(formActions, swaggerUi: true);
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/docs") ? swaggerUi : pages;
            await next();
        });
    }

    /// <remarks>Swagger UI's page sets inline styles on its own elements; it has no form and no secret.</remarks>
    private static string ContentSecurityPolicy(string formActions, bool swaggerUi) =>
        "default-src 'self'; script-src 'self'; " + (swaggerUi ? "style-src 'self' 'unsafe-inline'; " : "style-src 'self'; ") +
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
        $"form-action 'self' {formActions}; frame-ancestors 'none'";
}
