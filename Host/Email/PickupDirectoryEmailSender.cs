using MimeKit;
using Platform.Core.Email;

namespace Platform.Host.Email;

/// <summary>Writes each message as an .eml file: the default, so the demo and tests need no mail server.</summary>
public sealed class PickupDirectoryEmailSender(EmailSettings settings) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.PickupDirectory);
        var mime = MimeMessages.Create(settings, message);
        var path = Path.Combine(settings.PickupDirectory, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await mime.WriteToAsync(path, cancellationToken);
    }
}

/// <summary>Sends through an SMTP server with MailKit when Email:Smtp:Host is configured.</summary>
public sealed class SmtpEmailSender(EmailSettings settings) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        using var client = new MailKit.Net.Smtp.SmtpClient();
        await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, MailKit.Security.SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(MimeMessages.Create(settings, message), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}

public sealed record EmailSettings(
    string FromAddress,
    string FromName,
    string PickupDirectory,
    string? SmtpHost,
    int SmtpPort,
    string? SmtpUser,
    string? SmtpPassword);

internal static class MimeMessages
{
    public static MimeMessage Create(EmailSettings settings, EmailMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.TextBody };
        return mime;
    }
}
