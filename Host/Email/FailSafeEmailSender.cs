using Platform.Core.Email;

namespace Platform.Host.Email;

/// <summary>Emails are sent after the change they report is saved: a mail server that is down must not turn a saved
/// sign-up or decision into an error page. The failure is logged for the operator; a parent can ask for the
/// confirmation link again from "Mot de passe oublié".</summary>
public sealed class FailSafeEmailSender(IEmailSender transport, ILogger<FailSafeEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await transport.SendAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The email '{Subject}' to {Recipient} could not be sent.", message.Subject, message.To);
        }
    }
}
