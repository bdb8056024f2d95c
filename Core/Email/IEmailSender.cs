namespace Platform.Core.Email;

/// <summary>Sends a message to one recipient. The host writes .eml files when no SMTP server is configured.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

public sealed record EmailMessage(string To, string Subject, string TextBody);
