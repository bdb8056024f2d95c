using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Jobs;
using Platform.Host.IntegrationTests.Garderie;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Billing;

/// <summary>The monthly direct debit of due invoices: families with an active mandate only, the bank's pain.008 file in
/// both ISO versions with the invoices' sums and counts, settlement at the due date, and a return that makes the amount
/// due again.</summary>
public sealed partial class DirectDebitTests
{
    [Fact]
    public async Task Due_invoices_are_debited_on_active_mandates_filed_for_the_bank_paid_at_their_date_and_due_again_when_returned()
    {
        await using var world = await CareWorld.CreateAsync("Monthly");
        var platform = world.Booking.Platform;
        var admin = await platform.AdminAsync();
        var regie = world.Booking.RegieId;
        (await admin.PutAsJsonAsync($"/api/admin/regies/{regie}/payment-providers/sepa/settings", new
        {
            values = new { creditorName = "Régie scolaire d'Alpha", ics = "FR72ZZZ123456", creditorIban = "FR7630006000011234567890189" },
        })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync("/api/admin/communes/alpha/invoice-payment-providers/sepa", new { enabled = true })).EnsureSuccessStatusCode();

        var durand = await platform.RegisterParentAsync("durand@example.fr");
        var zoe = await durand.AddChildAsync("Zoé");
        var request = await (await durand.RequestAccessAsync(world.Service, [zoe])).ReadObjectAsync();
        Assert.True((await world.Booking.Agent.PostAsync($"/api/agent/access-requests/{request.Id()}/validate", null)).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync([(CareWorld.Monday, world.Soir), (CareWorld.Tuesday, world.Soir)], world.Booking.Lea)).StatusCode);
        Assert.True((await durand.Client.PostAsJsonAsync($"/api/families/{durand.FamilyId}/garderie/bookings", new
        {
            serviceId = world.Service.Id, childIds = new[] { zoe }, items = new[] { new { date = "2027-06-07", slotId = world.Soir } },
        })).IsSuccessStatusCode);
        await SignMandateAsync(await platform.BrowserLoginAsync(world.Parent.Email), regie);
        var durandPages = await platform.BrowserLoginAsync(durand.Email);
        await SignMandateAsync(durandPages, regie);
        var mandate = MandateLink().Match(await durandPages.GetStringAsync("/prelevement")).Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await durandPages.PostFormAsync($"/prelevement/mandat/{mandate}/revoquer", new())).StatusCode);

        await world.Booking.MoveClockAsync(new DateTimeOffset(2027, 7, 1, 6, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, (await (await world.Booking.Agent.PostAsJsonAsync($"/api/agent/billing/regies/{regie}/runs", new { month = "2027-06" })).ReadObjectAsync())["issued"]!.GetValue<int>());
        var debited = await (await world.Booking.Agent.PostAsJsonAsync($"/api/agent/billing/regies/{regie}/direct-debits", new { })).ReadObjectAsync();
        var again = await (await world.Booking.Agent.PostAsJsonAsync($"/api/agent/billing/regies/{regie}/direct-debits", new { })).ReadObjectAsync();

        Assert.Equal((1, 500L, 1), (debited["scheduled"]!.GetValue<int>(), debited["scheduledCents"]!.GetValue<long>(), debited["withoutMandate"]!.GetValue<int>()));
        Assert.Equal(0, again["scheduled"]!.GetValue<int>());
        var invoice = await InvoiceAsync(world);
        Assert.Equal("InDirectDebit", invoice["status"]!.GetValue<string>());
        Assert.StartsWith("Prélèvement de 5,00", platform.Mailbox.Last(world.Parent.Email).Subject, StringComparison.Ordinal);
        var payOnline = await world.Parent.Client.PostAsync($"/api/families/{world.Parent.FamilyId}/billing/invoices/{invoice.Id()}/payments", null);
        Assert.Contains("en cours de prélèvement", await payOnline.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The régie also cashes for Beta's cantine: its bank file, holding every family of the régie, is the administrator's.
        var agentPages = await platform.BrowserLoginAsync(TestPlatform.AdminEmail);
        var june = await FileAsync(agentPages, regie);
        SepaXsd.AssertValid(june, "pain.008.001.08");
        var document = XDocument.Parse(june);
        XNamespace ns = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08";
        Assert.Equal("1", document.Descendants(ns + "NbOfTxs").First().Value);
        Assert.Equal("5.00", document.Descendants(ns + "CtrlSum").First().Value);
        Assert.Contains(invoice["number"]!.GetValue<string>(), document.Descendants(ns + "Ustrd").Single().Value, StringComparison.Ordinal);
        var endToEnd = document.Descendants(ns + "EndToEndId").Single().Value;
        var secondDownload = await agentPages.PostFormAsync($"/agent/prelevements?handler=Fichier&regie={regie}", new(), "/agent/prelevements");
        Assert.Contains("Aucun prélèvement à envoyer", WebUtility.HtmlDecode(await secondDownload.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        await world.Booking.MoveClockAsync(new DateTimeOffset(2027, 7, 20, 6, 0, 0, TimeSpan.Zero));
        await RunJobAsync(platform, "billing:direct-debits");
        Assert.Equal("Paid", (await InvoiceAsync(world))["status"]!.GetValue<string>());

        agentPages = await platform.BrowserLoginAsync(TestPlatform.AdminEmail);
        var returned = await agentPages.PostFormAsync($"/agent/prelevements?handler=Retour&regie={regie}", new() { ["endToEndId"] = endToEnd, ["reasonCode"] = "AM04" }, "/agent/prelevements");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        await agentPages.PostFormAsync($"/agent/prelevements?handler=Retour&regie={regie}", new() { ["endToEndId"] = endToEnd, ["reasonCode"] = "AM04" }, "/agent/prelevements");
        invoice = await InvoiceAsync(world);
        Assert.Equal((500L, "Unpaid"), (invoice["dueCents"]!.GetValue<long>(), invoice["status"]!.GetValue<string>()));
        Assert.Equal(1, platform.Mailbox.To(world.Parent.Email).Count(m => m.Subject!.StartsWith("Prélèvement non abouti", StringComparison.Ordinal)));
        Assert.Contains("AM04", platform.Mailbox.Last(world.Parent.Email).TextBody, StringComparison.Ordinal);

        // Debited again, filed in the older ISO version some banks still ask for.
        admin = await platform.AdminAsync();
        (await admin.PutAsJsonAsync($"/api/admin/regies/{regie}/payment-providers/sepa/settings", new
        {
            values = new { creditorName = "Régie scolaire d'Alpha", ics = "FR72ZZZ123456", creditorIban = "FR7630006000011234567890189", fileFormat = "pain.008.001.02" },
        })).EnsureSuccessStatusCode();
        Assert.Equal(1, (await (await world.Booking.Agent.PostAsJsonAsync($"/api/agent/billing/regies/{regie}/direct-debits", new { })).ReadObjectAsync())["scheduled"]!.GetValue<int>());
        var july = await FileAsync(agentPages, regie);
        SepaXsd.AssertValid(july, "pain.008.001.02");
        Assert.Contains("<CtrlSum>5.00</CtrlSum>", july, StringComparison.Ordinal);
    }

    private static async Task SignMandateAsync(HttpClient pages, Guid regie)
    {
        var signed = await pages.PostFormAsync($"/prelevement/signer?regie={regie}", new()
        {
            ["DebtorName"] = "Titulaire du compte", ["DebtorAddress"] = "1 rue de la Poste, 01000 Alpha", ["Iban"] = "FR1420041010050500013M02606", ["Accepted"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
    }

    private static async Task<JsonObject> InvoiceAsync(CareWorld world) =>
        (await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/billing/invoices"))!["invoices"]![0]!.AsObject();

    private static async Task<string> FileAsync(HttpClient agentPages, Guid regie)
    {
        var file = await agentPages.PostFormAsync($"/agent/prelevements?handler=Fichier&regie={regie}", new(), "/agent/prelevements");
        Assert.Equal("application/xml", file.Content.Headers.ContentType?.MediaType);
        return await file.Content.ReadAsStringAsync();
    }

    private static async Task RunJobAsync(TestPlatform platform, string job)
    {
        using var scope = platform.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ModuleJobRunner>().RunAsync(job, "billing", "alpha", CancellationToken.None);
    }

    [GeneratedRegex("/prelevement/mandat/([0-9a-f-]{36})")]
    private static partial Regex MandateLink();
}
