namespace Platform.PaymentProviders.Abstractions;

/// <summary>The generic payment states every provider maps to.</summary>
public enum PaymentState
{
    Pending,
    Processing,
    Authorized,
    Succeeded,
    Failed,
    Cancelled,
    Expired,
    PartiallyRefunded,
    Refunded,
    Reversed,
    Disputed,
}

/// <summary>The allowed transitions; anything else is refused and logged by the platform.</summary>
public static class PaymentStateMachine
{
    private static readonly Dictionary<PaymentState, PaymentState[]> Allowed = new()
    {
        [PaymentState.Pending] = [PaymentState.Processing, PaymentState.Authorized, PaymentState.Succeeded, PaymentState.Failed, PaymentState.Cancelled, PaymentState.Expired],
        [PaymentState.Processing] = [PaymentState.Succeeded, PaymentState.Failed, PaymentState.Expired, PaymentState.Cancelled],
        [PaymentState.Authorized] = [PaymentState.Succeeded, PaymentState.Cancelled, PaymentState.Expired],
        [PaymentState.Succeeded] = [PaymentState.PartiallyRefunded, PaymentState.Refunded, PaymentState.Disputed, PaymentState.Reversed],
        [PaymentState.PartiallyRefunded] = [PaymentState.PartiallyRefunded, PaymentState.Refunded, PaymentState.Disputed, PaymentState.Reversed],
        [PaymentState.Disputed] = [PaymentState.Succeeded, PaymentState.Reversed],

        // A verified success after the payer abandoned or the session lapsed: money was really taken (late success).
        [PaymentState.Cancelled] = [PaymentState.Succeeded],
        [PaymentState.Expired] = [PaymentState.Succeeded],
    };

    public static bool CanMove(PaymentState from, PaymentState to) => Allowed.TryGetValue(from, out var next) && next.Contains(to);

    public static bool IsFinal(PaymentState state) => state is PaymentState.Failed or PaymentState.Refunded or PaymentState.Reversed;
}
