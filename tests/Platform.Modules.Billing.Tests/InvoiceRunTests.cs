using Microsoft.EntityFrameworkCore;
using Platform.Modules.Billing.Application;
using Platform.Modules.Billing.Data;
using Xunit;

namespace Platform.Modules.Billing.Tests;

/// <summary>The monthly run on SQLite and PostgreSQL: one invoice per family and month, numbers without gaps, nothing
/// billed twice, credits kept by régie.</summary>
public sealed class InvoiceRunTests
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Two_runs_at_once_issue_each_family_one_invoice_numbered_without_gaps(string database)
    {
        await using var world = await BillingWorld.CreateAsync(database);
        var families = Enumerable.Range(0, 230).Select(_ => Guid.NewGuid()).ToList();
        foreach (var family in families)
        {
            world.Charge(family, 3, 250);
        }

        var runs = await Task.WhenAll(Task.Run(() => world.Run().RunAsync(BillingWorld.RegieA, BillingWorld.June, default)), Task.Run(() => world.Run().RunAsync(BillingWorld.RegieA, BillingWorld.June, default)));

        await using var db = world.Context();
        var invoices = await db.Invoices.AsNoTracking().ToListAsync();
        Assert.Equal(230, runs.Sum(r => r.Issued));
        Assert.Equal(230, invoices.Count);
        Assert.Equal(Enumerable.Range(1, 230), invoices.Select(i => i.Sequence).Order());
        Assert.Equal(families.Order(), invoices.Select(i => i.FamilyId).Order());
        Assert.All(invoices, i => Assert.Equal(750, i.TotalCents));
        Assert.Equal(690, await db.Lines.CountAsync());
        Assert.Equal("F2027-00001", invoices.Single(i => i.Sequence == 1).Number);
        Assert.Equal(230, world.Emails.Count);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_second_run_issues_nothing_and_a_charge_recorded_late_goes_on_the_next_invoice(string database)
    {
        await using var world = await BillingWorld.CreateAsync(database);
        var family = Guid.NewGuid();
        world.Charge(family, 4, 250);
        var first = await world.Run().RunAsync(BillingWorld.RegieA, BillingWorld.June, default);

        world.Charge(family, 1, 1000, from: new DateOnly(2027, 6, 30));
        var again = await world.Run().RunAsync(BillingWorld.RegieA, BillingWorld.June, default);
        world.Clock.SetUtcNow(new DateTimeOffset(2027, 8, 1, 4, 0, 0, TimeSpan.Zero));
        world.Charge(family, 2, 250, from: new DateOnly(2027, 7, 5));
        var july = await world.Run().RunAsync(BillingWorld.RegieA, new DateOnly(2027, 7, 1), default);

        Assert.Equal((1, 1000L), (first.Issued, first.IssuedCents));
        Assert.Equal((0, 1), (again.Issued, again.AlreadyIssued));
        Assert.Equal((1, 1500L), (july.Issued, july.IssuedCents));
        await using var db = world.Context();
        Assert.Equal(["F2027-00001", "F2027-00002"], await db.Invoices.OrderBy(i => i.Sequence).Select(i => i.Number).ToListAsync());
        Assert.Equal(7, await db.Lines.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Credits_pay_only_the_invoices_of_the_regie_that_owes_them_and_their_rest_waits(string database)
    {
        await using var world = await BillingWorld.CreateAsync(database);
        var family = Guid.NewGuid();
        world.Charge(family, 4, 250, BillingWorld.RegieA);
        world.Charge(family, 4, 300, BillingWorld.RegieB);
        await using (var db = world.Context())
        {
            db.Credits.Add(new BillingCredit
            {
                Id = Guid.NewGuid(), RegieId = BillingWorld.RegieA, FamilyId = family, Cents = 1500, Reason = "repas annulés payés par PayFiP",
                Reference = "refund:1", CreatedAtUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        await world.Run().RunAsync(BillingWorld.RegieA, BillingWorld.June, default);
        await world.Run().RunAsync(BillingWorld.RegieB, BillingWorld.June, default);

        await using var check = world.Context();
        var a = await check.Invoices.Include(i => i.Lines).SingleAsync(i => i.RegieId == BillingWorld.RegieA);
        var b = await check.Invoices.Include(i => i.Lines).SingleAsync(i => i.RegieId == BillingWorld.RegieB);
        Assert.Equal(0, a.TotalCents);
        Assert.Equal(-1000, a.Lines.Single(l => l.TotalCents < 0).TotalCents);
        Assert.Equal(1200, b.TotalCents);
        Assert.DoesNotContain(b.Lines, l => l.TotalCents < 0);
        var waiting = await check.Credits.SingleAsync(c => c.UsedByInvoiceId == null);
        Assert.Equal((BillingWorld.RegieA, 500L), (waiting.RegieId, waiting.Cents));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_partial_payment_then_the_rest_pays_the_invoice_an_overpayment_becomes_a_credit_and_a_replay_changes_nothing(string database)
    {
        await using var world = await BillingWorld.CreateAsync(database);
        var family = Guid.NewGuid();
        world.Charge(family, 6, 275);
        await world.Run().RunAsync(BillingWorld.RegieA, BillingWorld.June, default);
        var invoice = (await world.Views().ListAsync(family, default)).Single();

        var partial = await world.Payments().RecordAsync(invoice.Id, PaymentChannels.Counter, 1000, "guichet:1", default);
        var afterPartial = (await world.Views().ListAsync(family, default)).Single();
        var rest = await world.Payments().RecordAsync(invoice.Id, "payfip", 1000, "order:2", default);
        var replay = await world.Payments().RecordAsync(invoice.Id, "payfip", 1000, "order:2", default);

        Assert.Equal((PaymentRecorded.Done, PaymentRecorded.Done, PaymentRecorded.AlreadyDone), (partial, rest, replay));
        Assert.Equal((1650L, 650L, InvoiceStatus.ToPay), (afterPartial.TotalCents, afterPartial.DueCents, afterPartial.Status));
        var paid = (await world.Views().ListAsync(family, default)).Single();
        Assert.Equal((0L, InvoiceStatus.Paid), (paid.DueCents, paid.Status));
        Assert.Equal(350, (await world.Views().CreditsAsync(family, default))[BillingWorld.RegieA]);
        Assert.Equal(0, await world.Views().DueAsync(family, default));
        await using var db = world.Context();
        Assert.Equal(2, await db.Payments.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_credit_note_is_numbered_in_the_same_sequence_and_set_against_the_invoice(string database)
    {
        await using var world = await BillingWorld.CreateAsync(database);
        var family = Guid.NewGuid();
        world.Charge(family, 4, 250);
        await world.Run().RunAsync(BillingWorld.RegieA, BillingWorld.June, default);
        var invoice = (await world.Views().ListAsync(family, default)).Single();

        var refused = await world.CreditNotes().IssueAsync(BillingWorld.AgentOfA, invoice.Id, 1001, "Erreur", default);
        var stranger = await world.CreditNotes().IssueAsync(new(), invoice.Id, 250, "Erreur", default);
        var note = await world.CreditNotes().IssueAsync(BillingWorld.AgentOfA, invoice.Id, 250, "Garderie fermée le 4 juin (grève)", default);

        Assert.False(refused.Succeeded);
        Assert.Contains("10,00", refused.Errors["Cents"][0], StringComparison.Ordinal);
        Assert.True(stranger.IsNotFound);
        Assert.Equal(("A2027-00002", 250L, InvoiceStatus.CreditNote), (note.Value!.Number, note.Value.TotalCents, note.Value.Status));
        var list = await world.Views().ListAsync(family, default);
        Assert.Equal(750, list.Single(i => i.Kind == InvoiceKind.Invoice).DueCents);
        Assert.Contains(world.Emails, e => e.Subject.StartsWith("Avoir A2027-00002", StringComparison.Ordinal));
    }
}
