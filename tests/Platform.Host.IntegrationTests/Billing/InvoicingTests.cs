using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Garderie;
using Platform.Host.IntegrationTests.Support;
using UglyToad.PdfPig;
using Xunit;

namespace Platform.Host.IntegrationTests.Billing;

/// <summary>A month of care billed monthly, invoiced through the host: the agent's run, the family's invoice to the
/// cent, its email and PDF, counter payments, and what another commune's agent or another family cannot reach.</summary>
public sealed class InvoicingTests
{
    [Fact]
    public async Task A_month_of_care_with_a_late_pick_up_is_invoiced_to_the_cent_emailed_and_printed()
    {
        await using var world = await CareWorld.CreateAsync("Monthly");
        var (lea, hugo) = (world.Booking.Lea, world.Booking.Hugo);
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync([(CareWorld.Monday, world.Soir), (CareWorld.Tuesday, world.Soir)], lea, hugo)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync([(CareWorld.Tuesday, world.Matin)], hugo)).StatusCode);
        await world.Booking.MoveClockAsync(new DateTimeOffset(2027, 6, 8, 17, 0, 0, TimeSpan.Zero)); // Tuesday 8 June, 19:00 in Paris
        var attendance = $"/api/agent/garderie/services/{world.Service.Id}/attendance";
        var late = await world.Booking.Agent.PutAsJsonAsync(attendance, new
        {
            date = "2027-06-08", slotId = world.Soir, familyId = world.Parent.FamilyId, childId = lea, arrivedAt = "16:30", leftAt = "18:46",
        });
        Assert.True(late.IsSuccessStatusCode, await late.Content.ReadAsStringAsync());
        await world.Booking.MoveClockAsync(new DateTimeOffset(2027, 7, 1, 6, 0, 0, TimeSpan.Zero));
        var regie = (await world.Booking.Agent.GetFromJsonAsync<JsonArray>("/api/agent/billing/regies"))!.Single()!.Id();

        var early = await world.Booking.Agent.PostAsJsonAsync($"/api/agent/billing/regies/{regie}/runs", new { month = "2027-07" });
        var run = await world.Booking.Agent.PostAsJsonAsync($"/api/agent/billing/regies/{regie}/runs", new { month = "2027-06" });
        var again = await world.Booking.Agent.PostAsJsonAsync($"/api/agent/billing/regies/{regie}/runs", new { month = "2027-06" });

        Assert.Contains("n'est pas terminé", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var report = await run.ReadObjectAsync();
        Assert.Equal(1, report["issued"]!.GetValue<int>());
        Assert.Equal(0, (await again.ReadObjectAsync())["issued"]!.GetValue<int>());

        // By hand: 2 evenings × 2 children × 2,50 € + 1 morning × 1,50 € + a departure at 18:46 after 18:30 (2 started
        // quarters × 5,00 €) = 10,00 + 1,50 + 10,00 = 21,50 €.
        var account = await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/billing/invoices");
        Assert.Equal(2150, account!["dueCents"]!.GetValue<long>());
        var invoice = account["invoices"]!.AsArray().Single()!;
        Assert.Equal(("F2027-00001", 2150L, "ToPay"), (invoice["number"]!.GetValue<string>(), invoice["totalCents"]!.GetValue<long>(), invoice["status"]!.GetValue<string>()));
        var detail = await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/billing/invoices/{invoice.Id()}");
        var lines = detail!["lines"]!.AsArray();
        Assert.Equal(6, lines.Count);
        Assert.Equal(1000, lines.Single(l => l!["label"]!.GetValue<string>().StartsWith("Retard à la sortie, départ à 18:46", StringComparison.Ordinal))!["totalCents"]!.GetValue<long>());
        Assert.Equal(2, lines.Count(l => l!["childName"]!.GetValue<string>() == "Hugo" && l["unitCents"]!.GetValue<long>() == 250));

        var mail = world.Booking.Platform.Mailbox.Last(world.Parent.Email);
        Assert.StartsWith("Facture F2027-00001 de juin 2027", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("21,50", mail.TextBody, StringComparison.Ordinal);
        var pdf = await world.Parent.Client.GetAsync($"/api/families/{world.Parent.FamilyId}/billing/invoices/{invoice.Id()}/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        Assert.Contains("21,50 €", text, StringComparison.Ordinal);
        Assert.Contains("Retard à la sortie", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_counter_payment_pays_part_and_what_exceeds_becomes_a_credit_while_another_commune_or_family_reaches_nothing()
    {
        await using var world = await CareWorld.CreateAsync("Monthly");
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync([(CareWorld.Monday, world.Soir)], world.Booking.Lea)).StatusCode);
        await world.Booking.MoveClockAsync(new DateTimeOffset(2027, 7, 1, 6, 0, 0, TimeSpan.Zero));
        var regie = (await world.Booking.Agent.GetFromJsonAsync<JsonArray>("/api/agent/billing/regies"))!.Single()!.Id();
        Assert.Equal(HttpStatusCode.OK, (await world.Booking.Agent.PostAsJsonAsync($"/api/agent/billing/regies/{regie}/runs", new { month = "2027-06" })).StatusCode);
        var invoice = (await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/billing/invoices"))!["invoices"]![0]!.Id();
        var beta = await world.Booking.Platform.LoginAsync(TenancySetup.AgentBeta);
        var stranger = await world.Booking.Platform.RegisterParentAsync("autre.famille@example.fr");
        var before = SqliteInspector.Snapshot(world.Booking.Platform);

        var betaMonth = await beta.GetFromJsonAsync<JsonObject>($"/api/agent/billing/regies/{regie}/invoices?month=2027-06");
        var betaPays = await beta.PostAsJsonAsync($"/api/agent/billing/invoices/{invoice}/counter-payments", new { cents = 100, receipt = "B-1" });
        var strangerReads = await stranger.Client.GetAsync($"/api/families/{stranger.FamilyId}/billing/invoices/{invoice}");
        var strangerPdf = await stranger.Client.GetAsync($"/api/families/{stranger.FamilyId}/billing/invoices/{invoice}/pdf");
        var noReceipt = await world.Booking.Agent.PostAsJsonAsync($"/api/agent/billing/invoices/{invoice}/counter-payments", new { cents = 100 });

        Assert.Empty(betaMonth!["invoices"]!.AsArray()); // the régie also cashes for Beta's cantine: Beta's agent sees Beta's families only
        Assert.Equal(HttpStatusCode.NotFound, betaPays.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerReads.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerPdf.StatusCode);
        Assert.Contains("numéro du reçu", await noReceipt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, SqliteInspector.Snapshot(world.Booking.Platform));

        var part = await world.Booking.Agent.PostAsJsonAsync($"/api/agent/billing/invoices/{invoice}/counter-payments", new { cents = 100, receipt = "R-1" });
        var replay = await world.Booking.Agent.PostAsJsonAsync($"/api/agent/billing/invoices/{invoice}/counter-payments", new { cents = 100, receipt = "R-1" });
        var more = await world.Booking.Agent.PostAsJsonAsync($"/api/agent/billing/invoices/{invoice}/counter-payments", new { cents = 500, receipt = "R-2" });

        Assert.Equal(150, (await part.ReadObjectAsync())["dueCents"]!.GetValue<long>());
        Assert.Equal(150, (await replay.ReadObjectAsync())["dueCents"]!.GetValue<long>());
        Assert.Equal("Paid", (await more.ReadObjectAsync())["status"]!.GetValue<string>());
        var account = await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/billing/invoices");
        Assert.Equal(0, account!["dueCents"]!.GetValue<long>());
        Assert.Equal(350, account["creditsByRegie"]![regie.ToString()]!.GetValue<long>());

        var exports = $"/api/agent/billing/regies/{regie}/exports";
        var invoicesCsv = (await world.Booking.Agent.GetStringAsync($"{exports}/csv?month=2027-06&table=factures")).Split('\n');
        var paymentsCsv = await world.Booking.Agent.GetStringAsync($"{exports}/csv?month=2027-07&table=paiements");
        var workbook = await world.Booking.Agent.GetByteArrayAsync($"{exports}/xlsx?month=2027-06");
        var betaCsv = await beta.GetStringAsync($"{exports}/csv?month=2027-06&table=factures");

        Assert.StartsWith("Numéro;Type;Famille;Période", invoicesCsv[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.StartsWith("F2027-00001;Facture;Famille Martin;Juin 2027;01/07/2027;16/07/2027;2,50;2,50;0,00;Payée", invoicesCsv[1], StringComparison.Ordinal);
        Assert.Contains(";Guichet;1,00;guichet:", paymentsCsv, StringComparison.Ordinal);
        Assert.Contains(";Guichet;5,00;guichet:", paymentsCsv, StringComparison.Ordinal);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(workbook, 0, 2));
        Assert.DoesNotContain("F2027-00001", betaCsv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_child_of_separated_parents_booked_by_each_family_gives_each_family_its_own_invoice()
    {
        await using var world = await CareWorld.CreateAsync("Monthly");
        var lea = world.Booking.Lea;
        var father = await world.Booking.Platform.RegisterParentAsync("pere@example.fr");
        Assert.True((await world.Parent.Client.PostAsJsonAsync($"/api/families/{world.Parent.FamilyId}/children/{lea}/share", new { email = father.Email })).IsSuccessStatusCode);
        var token = world.Booking.Platform.Mailbox.LinkTo(father.Email).Split('/').Last();
        Assert.True((await father.Client.PostAsJsonAsync($"/api/invitations/{token}/accept", new { familyId = father.FamilyId, filiation = "Pere" })).IsSuccessStatusCode);
        var request = await (await father.RequestAccessAsync(world.Service, [lea])).ReadObjectAsync();
        Assert.True((await world.Booking.Agent.PostAsync($"/api/agent/access-requests/{request.Id()}/validate", null)).IsSuccessStatusCode);

        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync([(CareWorld.Monday, world.Soir)], lea)).StatusCode);
        var fathersWeek = await father.Client.PostAsJsonAsync($"/api/families/{father.FamilyId}/garderie/bookings", new
        {
            serviceId = world.Service.Id, childIds = new[] { lea },
            items = new[] { new { date = "2027-06-08", slotId = world.Soir }, new { date = "2027-06-08", slotId = world.Matin } },
        });
        Assert.True(fathersWeek.IsSuccessStatusCode, await fathersWeek.Content.ReadAsStringAsync());
        await world.Booking.MoveClockAsync(new DateTimeOffset(2027, 7, 1, 6, 0, 0, TimeSpan.Zero));
        father = father with { Client = await world.Booking.Platform.LoginAsync(father.Email) };
        var regie = (await world.Booking.Agent.GetFromJsonAsync<JsonArray>("/api/agent/billing/regies"))!.Single()!.Id();
        Assert.Equal(2, (await (await world.Booking.Agent.PostAsJsonAsync($"/api/agent/billing/regies/{regie}/runs", new { month = "2027-06" })).ReadObjectAsync())["issued"]!.GetValue<int>());

        var mothers = (await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/billing/invoices"))!["invoices"]!.AsArray().Single()!;
        var fathers = (await father.Client.GetFromJsonAsync<JsonObject>($"/api/families/{father.FamilyId}/billing/invoices"))!["invoices"]!.AsArray().Single()!;
        Assert.Equal(250, mothers["totalCents"]!.GetValue<long>());
        Assert.Equal(400, fathers["totalCents"]!.GetValue<long>());
        Assert.NotEqual(mothers["number"]!.GetValue<string>(), fathers["number"]!.GetValue<string>());
        var fatherLines = (await father.Client.GetFromJsonAsync<JsonObject>($"/api/families/{father.FamilyId}/billing/invoices/{fathers.Id()}"))!["lines"]!.AsArray();
        Assert.All(fatherLines, l => Assert.Equal("2027-06-08", l!["date"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, (await father.Client.GetAsync($"/api/families/{father.FamilyId}/billing/invoices/{mothers.Id()}")).StatusCode);
    }
}
