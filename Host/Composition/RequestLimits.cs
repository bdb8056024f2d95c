namespace Platform.Host.Composition;

/// <summary>How much a request may send. The largest legitimate one is an access request: a few documents of 5 Mo.</summary>
internal static class RequestLimits
{
    /// <summary>Any request body, files included: Kestrel's limit and the multipart one (a single file cannot go past it
    /// either). A page form beyond it is not read at all.</summary>
    public const long MaxBodyBytes = 30 * 1024 * 1024;

    public const string TooLargeMessage =
        "L'envoi est trop volumineux : 30 Mo au plus en tout, et 5 Mo au plus par document. Envoyez des fichiers plus légers (PDF, JPEG ou PNG).";
}
