namespace Platform.PaymentProviders.Sandboxes.Stripe;

/// <summary>The simulated accounts' objects (sessions, payment intents, refunds) and what happens to them. Each object
/// belongs to the secret key that created it; another key does not see it. Events raised wait in a queue until the
/// request that raised them is answered.</summary>
internal sealed class FakeStripeLedger(TimeProvider time, Func<string, string> webhookSecretFor)
{
    public const string ApiVersion = "2026-10-28.endive";

    private readonly Lock gate = new();
    private readonly Dictionary<string, CheckoutSession> sessions = [];
    private readonly Dictionary<string, PaymentIntent> intents = [];
    private readonly List<Refund> refunds = [];
    private readonly List<StripeWebhook> raised = [];

    private long Now => time.GetUtcNow().ToUnixTimeSeconds();

    public ApiResult CreateSession(string account, IReadOnlyDictionary<string, string> form, string publicBase)
    {
        if (NewCheckoutSession.TryRead(form, time.GetUtcNow(), out var asked) is { } invalid)
        {
            return invalid;
        }

        var id = NewId("cs_test");
        var session = new CheckoutSession
        {
            Id = id,
            Account = account,
            AmountTotal = asked!.AmountTotal,
            Currency = asked.Currency,
            LineItems = asked.LineItems,
            ClientReferenceId = asked.ClientReferenceId,
            CustomerEmail = asked.CustomerEmail,
            Created = Now,
            ExpiresAt = asked.ExpiresAt,
            Metadata = asked.Metadata,
            PaymentIntentMetadata = asked.PaymentIntentMetadata,
            PaymentStatus = "unpaid",
            Status = "open",
            SuccessUrl = asked.SuccessUrl,
            CancelUrl = asked.CancelUrl,
            Url = $"{publicBase}{StripeSandbox.Path}/pay/{id}",
            PublicBase = publicBase,
        };
        lock (gate)
        {
            sessions[id] = session;
        }

        return ApiResult.Ok(session);
    }

    public ApiResult GetSession(string account, string id) =>
        Find(id) is { } session && session.Account == account ? ApiResult.Ok(session) : ApiResult.NoSuch("checkout.session", id);

    public ApiResult ExpireSession(string account, string id)
    {
        lock (gate)
        {
            if (Find(id) is not { } session || session.Account != account)
            {
                return ApiResult.NoSuch("checkout.session", id);
            }

            return session.Status == "open"
                ? ApiResult.Ok(Expire(session))
                : ApiResult.InvalidRequest($"Only an open Checkout Session can be expired; this one is {session.Status}.", code: "checkout_session_not_open");
        }
    }

    public ApiResult GetPaymentIntent(string account, string id)
    {
        lock (gate)
        {
            return intents.TryGetValue(id, out var intent) && intent.Account == account ? ApiResult.Ok(intent) : ApiResult.NoSuch("payment_intent", id);
        }
    }

    public ApiResult CreateRefund(string account, IReadOnlyDictionary<string, string> form)
    {
        if (StripeForm.Text(form, "payment_intent") is not { } intentId)
        {
            return ApiResult.InvalidRequest("This simulation refunds a payment_intent; none was given.", "payment_intent", "parameter_missing");
        }

        lock (gate)
        {
            if (!intents.TryGetValue(intentId, out var intent) || intent.Account != account)
            {
                return ApiResult.NoSuch("payment_intent", intentId);
            }

            if (intent.Status != "succeeded")
            {
                return ApiResult.InvalidRequest($"PaymentIntent {intentId} has no successful charge to refund.", "payment_intent");
            }

            var remaining = intent.AmountReceived - refunds.Where(r => r.PaymentIntent == intentId && r.Status == "succeeded").Sum(r => r.Amount);
            var amount = StripeForm.Number(form, "amount") ?? remaining;
            if (remaining == 0)
            {
                return ApiResult.InvalidRequest($"PaymentIntent {intentId} has already been refunded in full.", "amount", "charge_already_refunded");
            }

            if (amount <= 0 || amount > remaining)
            {
                return ApiResult.InvalidRequest($"Refund amount ({amount}) is greater than the amount left to refund ({remaining}).", "amount", "amount_too_large");
            }

            var refund = new Refund
            {
                Id = NewId("re"),
                Account = account,
                Amount = amount,
                Currency = intent.Currency,
                PaymentIntent = intentId,
                Status = "succeeded",
                Reason = StripeForm.Text(form, "reason"),
                Created = Now,
                Metadata = StripeForm.Prefixed(form, "metadata"),
            };
            refunds.Add(refund);
            return ApiResult.Ok(refund);
        }
    }

    /// <summary>The session as it is now (an open one past its expiry is expired on the way), or null.</summary>
    public CheckoutSession? Find(string id)
    {
        lock (gate)
        {
            if (!sessions.TryGetValue(id, out var session))
            {
                return null;
            }

            return session.Status == "open" && Now >= session.ExpiresAt ? Expire(session) : session;
        }
    }

    /// <summary>The payer pays on the hosted page: the session completes, paid. Null when there is no such session; the
    /// session unchanged when it is not open any more.</summary>
    public CheckoutSession? Pay(string id)
    {
        lock (gate)
        {
            var session = Find(id);
            if (session is not { Status: "open" })
            {
                return session;
            }

            var intent = IntentOf(session) with { Status = "succeeded", AmountReceived = session.AmountTotal, LastPaymentError = null };
            intents[intent.Id] = intent;
            var paid = Save(session with { Status = "complete", PaymentStatus = "paid", PaymentIntent = intent.Id });
            Raise("checkout.session.completed", paid, paid.Id, paid);
            return paid;
        }
    }

    /// <summary>The payer's card is declined: the session stays open for another try, as on Stripe Checkout.</summary>
    public CheckoutSession? Decline(string id)
    {
        lock (gate)
        {
            var session = Find(id);
            if (session is not { Status: "open" })
            {
                return session;
            }

            var intent = IntentOf(session) with
            {
                Status = "requires_payment_method",
                LastPaymentError = new ApiError("card_error", "Your card was declined.", "card_declined", DeclineCode: "generic_decline"),
            };
            intents[intent.Id] = intent;
            var declined = Save(session with { PaymentIntent = intent.Id });
            Raise("payment_intent.payment_failed", intent, intent.Id, declined);
            return declined;
        }
    }

    /// <summary>The events raised since the last call, to deliver once the request that raised them is answered.</summary>
    public IReadOnlyList<StripeWebhook> TakeRaised()
    {
        lock (gate)
        {
            var taken = raised.ToList();
            raised.Clear();
            return taken;
        }
    }

    private static string NewId(string prefix) => $"{prefix}_{Guid.NewGuid():N}";

    private PaymentIntent IntentOf(CheckoutSession session) =>
        session.PaymentIntent is { } existing
            ? intents[existing]
            : new PaymentIntent
            {
                Id = NewId("pi"),
                Account = session.Account,
                Amount = session.AmountTotal,
                Currency = session.Currency,
                Status = "requires_payment_method",
                Created = Now,
                Metadata = session.PaymentIntentMetadata,
            };

    private CheckoutSession Expire(CheckoutSession session)
    {
        var expired = Save(session with { Status = "expired" });
        Raise("checkout.session.expired", expired, expired.Id, expired);
        return expired;
    }

    private CheckoutSession Save(CheckoutSession session) => sessions[session.Id] = session;

    private void Raise(string type, object resource, string objectId, CheckoutSession session)
    {
        var stripeEvent = new StripeEvent(NewId("evt"), ApiVersion, Now, type, new StripeEventData(resource));
        var payload = StripeJson.Serialize(stripeEvent);
        var endpoint = session.Metadata.TryGetValue("regie_id", out var regie) && Guid.TryParse(regie, out var regieId)
            ? new Uri($"{session.PublicBase}/payments/callback/stripe/{regieId}")
            : null;
        raised.Add(new StripeWebhook(
            stripeEvent.Id, type, objectId, payload, StripeWebhookSigner.Header(payload, webhookSecretFor(session.Account), time.GetUtcNow()), endpoint));
    }
}
