namespace Platform.PaymentProviders.Sandboxes.Stripe;

/// <summary>Stripe's idempotent requests: the first result for an account's key is kept and replayed for the same
/// request; the same key with other parameters is an error.</summary>
internal sealed class IdempotencyStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string Account, string Key), (string Request, ApiResult Result)> results = [];

    public ApiResult Run(string account, string key, string request, Func<ApiResult> execute, out bool replayed)
    {
        lock (gate)
        {
            if (results.TryGetValue((account, key), out var earlier))
            {
                replayed = earlier.Request == request;
                return replayed
                    ? earlier.Result
                    : ApiResult.Error(400, new ApiError("idempotency_error", $"The idempotency key '{key}' was already used for a request with other parameters."));
            }

            replayed = false;
            var result = execute();
            results[(account, key)] = (request, result);
            return result;
        }
    }
}
