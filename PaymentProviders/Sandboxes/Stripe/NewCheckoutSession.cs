namespace Platform.PaymentProviders.Sandboxes.Stripe;

/// <summary>The parameters of "create a Checkout Session" this simulation understands, checked as Stripe checks them.</summary>
internal sealed record NewCheckoutSession(
    IReadOnlyList<CheckoutLineItem> LineItems,
    string Currency,
    string SuccessUrl,
    string? CancelUrl,
    string? ClientReferenceId,
    string? CustomerEmail,
    long ExpiresAt,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyDictionary<string, string> PaymentIntentMetadata)
{
    private static readonly TimeSpan ShortestLife = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan LongestLife = TimeSpan.FromHours(24);

    public long AmountTotal => LineItems.Sum(item => item.UnitAmount * item.Quantity);

    public static ApiResult? TryRead(IReadOnlyDictionary<string, string> form, DateTimeOffset now, out NewCheckoutSession? session)
    {
        session = null;
        if (StripeForm.Text(form, "mode") != "payment")
        {
            return ApiResult.InvalidRequest("This simulation only supports mode=payment.", "mode");
        }

        if (StripeForm.Text(form, "success_url") is not { } successUrl)
        {
            return ApiResult.InvalidRequest("Missing required param: success_url.", "success_url", "parameter_missing");
        }

        var items = new List<CheckoutLineItem>();
        var currencies = new HashSet<string>();
        for (var index = 0; form.Keys.Any(key => key.StartsWith($"line_items[{index}]", StringComparison.Ordinal)); index++)
        {
            var line = StripeForm.Prefixed(form, $"line_items[{index}]");
            var name = StripeForm.Text(line, "price_data][product_data][name");
            var unitAmount = StripeForm.Number(line, "price_data][unit_amount");
            var currency = StripeForm.Text(line, "price_data][currency");
            if (name is null || unitAmount is null || currency is null)
            {
                return ApiResult.InvalidRequest("Each line item needs price_data with currency, unit_amount and product_data[name].", $"line_items[{index}][price_data]");
            }

            currencies.Add(currency);
            items.Add(new CheckoutLineItem(name, unitAmount.Value, StripeForm.Number(line, "quantity") ?? 1));
        }

        if (items.Count == 0)
        {
            return ApiResult.InvalidRequest("Missing required param: line_items.", "line_items", "parameter_missing");
        }

        if (currencies.Count != 1)
        {
            return ApiResult.InvalidRequest("All line items must share one currency.", "line_items");
        }

        var expiresAt = StripeForm.Number(form, "expires_at") ?? (now + LongestLife).ToUnixTimeSeconds();
        var life = DateTimeOffset.FromUnixTimeSeconds(expiresAt) - now;
        if (life < ShortestLife || life > LongestLife)
        {
            return ApiResult.InvalidRequest("expires_at must be between 30 minutes and 24 hours after the session is created.", "expires_at");
        }

        session = new NewCheckoutSession(
            items, currencies.Single(), successUrl, StripeForm.Text(form, "cancel_url"), StripeForm.Text(form, "client_reference_id"),
            StripeForm.Text(form, "customer_email"), expiresAt, StripeForm.Prefixed(form, "metadata"), StripeForm.Prefixed(form, "payment_intent_data[metadata]"));
        return null;
    }
}
