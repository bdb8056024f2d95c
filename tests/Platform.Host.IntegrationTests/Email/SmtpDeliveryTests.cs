using System.Net.Http.Json;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Email;

public sealed class SmtpDeliveryTests
{
    [Fact]
    public async Task With_an_smtp_server_configured_mail_goes_there_and_not_to_the_folder()
    {
        using var smtp = new FakeSmtpServer();
        using var platform = new TestPlatform(settings: new Dictionary<string, string>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:FromAddress"] = "portail@mairie-baneins.fr",
        });

        var response = await platform.Anonymous().PostAsJsonAsync("/api/account/register", ApiDriver.RegisterBody("smtp@example.fr"));

        Assert.True(response.IsSuccessStatusCode);
        var (recipient, data) = Assert.Single(smtp.Messages);
        Assert.Equal("smtp@example.fr", recipient);
        Assert.Contains("From: Portail famille <portail@mairie-baneins.fr>", data, StringComparison.Ordinal);
        Assert.Contains("/compte/confirmation?userId=", data, StringComparison.Ordinal);
        Assert.Empty(platform.Mailbox.All());
    }

    [Fact]
    public async Task A_mail_server_that_is_down_does_not_undo_or_fail_a_saved_sign_up()
    {
        var closedPort = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closedPort.Start();
        var port = ((System.Net.IPEndPoint)closedPort.LocalEndpoint).Port;
        closedPort.Stop();
        using var platform = new TestPlatform(settings: new Dictionary<string, string>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        var response = await platform.Anonymous().PostAsJsonAsync("/api/account/register", ApiDriver.RegisterBody("panne@example.fr"));

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, SqliteInspector.Snapshot(platform)["platform_users"]); // the administrator and the new parent
    }
}
