using System.Text.RegularExpressions;
using MimeKit;

namespace Platform.Host.IntegrationTests.Support;

/// <summary>Reads the .eml files the platform writes when no SMTP server is configured.</summary>
public sealed partial class Mailbox(string directory)
{
    public string Directory => directory;

    public IReadOnlyList<MimeMessage> All() =>
        System.IO.Directory.Exists(directory)
            ? System.IO.Directory.GetFiles(directory, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList()
            : [];

    public IReadOnlyList<MimeMessage> To(string address) =>
        All().Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    public MimeMessage Last(string address) => To(address).LastOrDefault()
        ?? throw new InvalidOperationException($"No message was sent to {address}.");

    /// <summary>The first link of the last message to <paramref name="address"/>, as a path and query.</summary>
    public string LinkTo(string address)
    {
        var body = Last(address).TextBody ?? "";
        var match = LinkPattern().Match(body);
        if (!match.Success)
        {
            throw new InvalidOperationException($"The last message to {address} has no link: {body}");
        }

        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
