using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Cantine;
using Platform.Host.IntegrationTests.Garderie;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Billing;

/// <summary>A month of meals and care invoiced monthly, with a late pick-up and absences reported with and without a
/// medical certificate: the invoice computed by hand, to the cent.</summary>
public sealed class AbsenceInvoiceTests
{
    [Fact]
    public async Task Meals_care_a_late_pick_up_and_absences_with_and_without_certificate_give_the_invoice_computed_by_hand()
    {
        await using var world = await CareWorld.CreateAsync("Monthly");
        var (lea, hugo, booking) = (world.Booking.Lea, world.Booking.Hugo, world.Booking);
        var admin = await world.AdminAsync();
        var cantine = booking.Tenancy.Alpha.Id;
        Assert.True((await admin.PutAsJsonAsync($"/api/admin/cantine/services/{cantine}/billing", new { billing = "Monthly" })).IsSuccessStatusCode);
        // Cantine: with a certificate every day is credited; without, the first two days stay billed. Garderie: only with one.
        await RulesAsync(booking.Agent, cantine, new { daysBilledWithCertificate = 0, daysBilledWithoutCertificate = 2 });
        await RulesAsync(booking.Agent, world.Service.Id, new { daysBilledWithCertificate = 0 });

        var meals = await booking.AddToCartAsync(BookingWorld.FourDays, lea);
        Assert.Equal(0, await meals.Content.ReadFromJsonAsync<int>()); // booked at once, nothing in the cart
        Assert.Equal(HttpStatusCode.OK, (await booking.AddToCartAsync([new DateOnly(2027, 6, 14), new DateOnly(2027, 6, 15)], hugo)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync([(CareWorld.Monday, world.Soir), (CareWorld.Tuesday, world.Soir)], lea)).StatusCode);

        await booking.MoveClockAsync(new DateTimeOffset(2027, 6, 15, 16, 0, 0, TimeSpan.Zero)); // Tuesday 15 June, 18:00 in Paris
        var late = await booking.Agent.PutAsJsonAsync($"/api/agent/garderie/services/{world.Service.Id}/attendance", new
        {
            date = "2027-06-07", slotId = world.Soir, familyId = world.Parent.FamilyId, childId = lea, arrivedAt = "16:30", leftAt = "18:46",
        });
        Assert.True(late.IsSuccessStatusCode, await late.Content.ReadAsStringAsync());
        var withoutCertificate = await ReportAsync(world.Parent, lea, "2027-06-08", "2027-06-11", certificate: false);
        var withCertificate = await ReportAsync(world.Parent, hugo, "2027-06-14", "2027-06-15", certificate: true);
        var overlapping = await ReportAsync(world.Parent, hugo, "2027-06-15", "2027-06-15", certificate: true);
        var future = await ReportAsync(world.Parent, hugo, "2027-06-17", "2027-06-17", certificate: false);

        // Léa, 8–11 June without certificate: cantine 8 and 10 billed, 11 credited (3,80 €); her evening care of the 8th stays billed.
        Assert.Equal(380, (await withoutCertificate.ReadObjectAsync())["creditedCents"]!.GetValue<long>());
        // Hugo, 14–15 June with a certificate: both meals credited.
        Assert.Equal(760, (await withCertificate.ReadObjectAsync())["creditedCents"]!.GetValue<long>());
        Assert.Contains("déjà signalée", await overlapping.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("annulez les réservations", await future.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await booking.MoveClockAsync(new DateTimeOffset(2027, 7, 1, 6, 0, 0, TimeSpan.Zero));
        var regie = (await booking.Agent.GetFromJsonAsync<JsonArray>("/api/agent/billing/regies"))!.Single()!.Id();
        Assert.Equal(HttpStatusCode.OK, (await booking.Agent.PostAsJsonAsync($"/api/agent/billing/regies/{regie}/runs", new { month = "2027-06" })).StatusCode);

        // By hand: meals 6 × 3,80 = 22,80; care 2 × 2,50 = 5,00; late pick-up 2 quarters × 5,00 = 10,00;
        // absences −3,80 − 3,80 − 3,80 = −11,40. Total 22,80 + 5,00 + 10,00 − 11,40 = 26,40 €.
        var account = await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/billing/invoices");
        var invoice = account!["invoices"]!.AsArray().Single()!;
        Assert.Equal(2640, invoice["totalCents"]!.GetValue<long>());
        var lines = (await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/billing/invoices/{invoice.Id()}"))!["lines"]!.AsArray()
            .Select(l => (Label: l!["label"]!.GetValue<string>(), Cents: l["totalCents"]!.GetValue<long>())).ToList();
        Assert.Equal(6, lines.Count(l => l == ("Repas", 380L)));
        Assert.Contains(lines, l => l.Label == "Avoir : absence de Léa le 11/06/2027 : Repas" && l.Cents == -380);
        Assert.Contains(lines, l => l.Label == "Avoir : absence de Hugo le 15/06/2027 (certificat médical) : Repas" && l.Cents == -380);
        Assert.Equal(3, lines.Count(l => l.Cents == -380));

        // "Mes commandes et factures" lists the invoice and the counter payment, newest first.
        Assert.True((await booking.Agent.PostAsJsonAsync($"/api/agent/billing/invoices/{invoice.Id()}/counter-payments", new { cents = 1000, receipt = "R-7" })).IsSuccessStatusCode);
        var pages = await booking.Platform.BrowserLoginAsync(world.Parent.Email);
        var history = await pages.GetStringAsync("/commandes");
        Assert.True(history.IndexOf("Paiement au guichet", StringComparison.Ordinal) < history.IndexOf("Facture F2027-00001", StringComparison.Ordinal));
        Assert.Contains("pour la facture F2027-00001", history, StringComparison.Ordinal);
        Assert.Contains("/factures/" + invoice.Id() + "/pdf", history, StringComparison.Ordinal);
    }

    private static async Task RulesAsync(HttpClient agent, Guid serviceId, object absences)
    {
        var set = await agent.PutAsJsonAsync($"/api/agent/billing/services/{serviceId}/tariff-rules", new { absences });
        Assert.True(set.IsSuccessStatusCode, await set.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> ReportAsync(Parent parent, Guid child, string from, string to, bool certificate)
    {
        using var form = new MultipartFormDataContent { { new StringContent(child.ToString()), "childId" }, { new StringContent(from), "from" }, { new StringContent(to), "to" } };
        if (certificate)
        {
            form.Add(new ByteArrayContent(TestFiles.Pdf("Certificat médical")), "certificate", "certificat.pdf");
        }

        return await parent.Client.PostAsync($"/api/families/{parent.FamilyId}/billing/absences", form);
    }
}
