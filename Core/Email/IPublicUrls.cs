namespace Platform.Core.Email;

/// <summary>Absolute addresses of the portal's pages for emails and jobs, from configuration (never from a request's
/// Host header). Implemented by the host. Platform API 1.3.</summary>
public interface IPublicUrls
{
    /// <param name="pathAndQuery">Starting with "/".</param>
    string For(string pathAndQuery);
}
