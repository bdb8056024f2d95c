namespace Platform.Host.Common;

/// <summary>Absolute links put in emails: the configured public address, else the address of the current request.</summary>
public sealed class PublicUrls(IConfiguration configuration, IHttpContextAccessor http)
{
    public string For(string pathAndQuery)
    {
        var configured = configuration["Platform:PublicBaseUrl"];
        var request = http.HttpContext?.Request;
        var baseUrl = !string.IsNullOrEmpty(configured)
            ? configured.TrimEnd('/')
            : request is null ? "http://localhost:5080" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return baseUrl + pathAndQuery;
    }
}
