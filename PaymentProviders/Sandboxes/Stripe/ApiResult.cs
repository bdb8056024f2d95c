namespace Platform.PaymentProviders.Sandboxes.Stripe;

/// <summary>A status code and a JSON body, as the simulated API answers (and replays for an idempotency key).</summary>
internal sealed record ApiResult(int Status, string Json)
{
    public static ApiResult Ok(object resource) => new(200, StripeJson.Serialize(resource));

    public static ApiResult Error(int status, ApiError error) => new(status, StripeJson.Serialize(new ApiErrorEnvelope(error)));

    public static ApiResult InvalidRequest(string message, string? param = null, string? code = null) =>
        Error(400, new ApiError("invalid_request_error", message, code, param));

    public static ApiResult NoSuch(string kind, string id) =>
        Error(404, new ApiError("invalid_request_error", $"No such {kind}: '{id}'", "resource_missing", "id"));
}
