namespace Platform.PaymentProviders.Sandboxes.PayFip;

/// <summary>How the fake PayFiP tells the platform an operation was answered: an HTTP call in the sandbox, a capture
/// in tests (which then replay it).</summary>
public interface IPayFipNotificationDelivery
{
    Task DeliverAsync(Uri urlnotif, string idOp, CancellationToken cancellationToken);
}
