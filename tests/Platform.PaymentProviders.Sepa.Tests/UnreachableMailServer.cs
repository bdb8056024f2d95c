using Platform.Core.Email;

namespace Platform.PaymentProviders.Sepa.Tests;

internal sealed class UnreachableMailServer : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) => throw new IOException("SMTP server unreachable");
}
