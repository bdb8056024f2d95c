using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Platform.Core.Application;
using Platform.Core.Modularity;
using Platform.Modules.Billing.Application;
using Platform.Modules.Billing.Exports;

namespace Platform.Modules.Billing.Endpoints;

internal static class BillingApi
{
    public static void Map(ModuleEndpoints endpoints)
    {
        endpoints.Family.MapGet("/invoices", async (Guid familyId, FamilyInvoices invoices, CancellationToken ct) =>
                TypedResults.Ok(new FamilyAccount(await invoices.DueAsync(familyId, ct) ?? 0, await invoices.CreditsAsync(familyId, ct), await invoices.ListAsync(familyId, ct))))
            .WithName("billing.invoices")
            .WithSummary("The family's invoices and credit notes (newest first), what it still owes (cents) and its credits waiting for the next invoice, by régie.");

        endpoints.Family.MapGet("/invoices/{invoiceId:guid}", async (Guid familyId, Guid invoiceId, FamilyInvoices invoices, CancellationToken ct) =>
                await invoices.FindAsync(familyId, invoiceId, ct) is { } invoice ? TypedResults.Ok(invoice) : AppResultHttp.NotFound())
            .WithName("billing.invoice")
            .WithSummary("One invoice or credit note: its lines and the payments received.");

        endpoints.Family.MapGet("/invoices/{invoiceId:guid}/pdf", async (Guid familyId, Guid invoiceId, InvoiceDocuments documents, CancellationToken ct) =>
                await documents.ForFamilyAsync(familyId, invoiceId, ct) is { } file ? TypedResults.File(file.Content, "application/pdf", file.FileName) : AppResultHttp.NotFound())
            .WithName("billing.invoice-pdf")
            .WithSummary("The invoice or credit note as a PDF.");

        endpoints.Family.MapPost("/invoices/{invoiceId:guid}/payments", async (Guid familyId, Guid invoiceId, InvoiceCheckout orders, CancellationToken ct) =>
                (await orders.PlaceAsync(familyId, invoiceId, ct)).ToHttp(orderId => TypedResults.Created($"/api/families/{familyId}/orders/{orderId}", new { orderId })))
            .WithName("billing.pay-invoice")
            .WithSummary("Places the order paying what is left of the invoice; pay it with one of the commune's invoice channels (card, PayFiP). A payment that succeeds late still pays the invoice.");

        endpoints.Agent.MapGet("/regies", async (HttpContext http, RegieInvoices regies, CancellationToken ct) => TypedResults.Ok(await regies.ForAgentAsync(http.User, ct)))
            .WithName("billing.regies")
            .WithSummary("The régies the agent invoices for.");

        endpoints.Agent.MapGet("/regies/{regieId:guid}/invoices", async (Guid regieId, string? month, HttpContext http, RegieInvoices regies, CancellationToken ct) =>
                (await regies.MonthAsync(http.User, regieId, month, ct)).ToHttp())
            .WithName("billing.regie-invoices")
            .WithSummary("The invoices and credit notes of a régie's month (?month=2027-05), with each family's name.");

        endpoints.Agent.MapPost("/regies/{regieId:guid}/runs", async (Guid regieId, RunInput input, HttpContext http, RegieInvoices regies, CancellationToken ct) =>
                (await regies.RunAsync(http.User, regieId, input.Month, ct)).ToHttp())
            .WithName("billing.run")
            .WithSummary("Invoices a finished month of the régie: one invoice per family for its post-paid charges, less its credits. Safe to repeat: what was invoiced is not invoiced again.");

        endpoints.Agent.MapPost("/regies/{regieId:guid}/direct-debits", async (Guid regieId, HttpContext http, InvoiceDirectDebits debits, CancellationToken ct) =>
                (await debits.ScheduleDueAsync(http.User, regieId, ct)).ToHttp())
            .WithName("billing.direct-debits")
            .WithSummary("Debits what the régie's invoices still owe on the active mandates of the agent's communes' families (pre-notifications sent; the bank's file is on the direct-debit page). An invoice has one debit on its way at most.");

        endpoints.Agent.MapPost("/invoices/{invoiceId:guid}/credit-notes", async (Guid invoiceId, CreditNoteInput input, HttpContext http, CreditNotes notes, CancellationToken ct) =>
                (await notes.IssueAsync(http.User, invoiceId, input.Cents, input.Reason, ct)).ToHttp(note => TypedResults.Created($"/api/agent/billing/invoices/{note.Id}/pdf", note)))
            .WithName("billing.credit-note")
            .WithSummary("Issues a credit note (cents, reason) on an invoice of the agent's régie; it is set against what the invoice still owes, the excess becoming a credit on the family's next invoice.");

        endpoints.Agent.MapPost("/invoices/{invoiceId:guid}/counter-payments", async (Guid invoiceId, CounterPaymentInput input, HttpContext http, RegieInvoices regies, CancellationToken ct) =>
                (await regies.RecordCounterPaymentAsync(http.User, invoiceId, input.Cents, input.Receipt, ct)).ToHttp())
            .WithName("billing.counter-payment")
            .WithSummary("Records cash or a cheque received at the counter for an invoice of the agent's régie (idempotent per receipt number); what exceeds the amount due becomes a credit on the next invoice.");

        endpoints.Agent.MapGet("/regies/{regieId:guid}/pes", async (Guid regieId, string? month, HttpContext http, PesExports exports, CancellationToken ct) =>
                (await exports.ExportAsync(http.User, regieId, month, ct)).ToHttp(file => TypedResults.File(file.Content, "application/xml", file.FileName)))
            .WithName("billing.pes")
            .WithSummary("The month's invoices of the régie (?month=2027-06) as a PES V2 ORMC recette file for the public accountant (Hélios), with the invoices' PDFs and the debits the Trésor collects. Same rôle number when exported again.");

        endpoints.Agent.MapGet("/regies/{regieId:guid}/exports/csv", async (Guid regieId, string? month, string? table, HttpContext http, AccountingExports exports, CancellationToken ct) =>
                (await exports.CsvAsync(http.User, regieId, month, table, ct)).ToHttp(file => TypedResults.File(file.Content, "text/csv; charset=utf-8", file.FileName)))
            .WithName("billing.export-csv")
            .WithSummary("The month's invoices (?table=factures) or the payments received in the month (?table=paiements) of the agent's communes' families, as CSV for French Excel (semicolons, comma decimals).");

        endpoints.Agent.MapGet("/regies/{regieId:guid}/exports/xlsx", async (Guid regieId, string? month, HttpContext http, AccountingExports exports, CancellationToken ct) =>
                (await exports.WorkbookAsync(http.User, regieId, month, ct)).ToHttp(file => TypedResults.File(file.Content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.FileName)))
            .WithName("billing.export-xlsx")
            .WithSummary("The month's invoices and the payments received in the month as an Excel workbook of two sheets.");

        endpoints.Admin.MapPut("/regies/{regieId:guid}/pes", async (Guid regieId, PesSettingsInput input, PesExports exports, CancellationToken ct) =>
                (await exports.SaveSettingsAsync(regieId, input, ct)).ToHttp())
            .WithName("billing.pes-settings")
            .WithSummary("The régie's codes for the PES V2 export, as the trésorerie gives them: idPost (codique), idColl (SIRET), codCol, codBud, libelleColBud, codProdLoc, nature (588 for ORMC).");

        endpoints.Agent.MapGet("/invoices/{invoiceId:guid}/pdf", async (Guid invoiceId, HttpContext http, InvoiceDocuments documents, CancellationToken ct) =>
                await documents.ForAgentAsync(http.User, invoiceId, ct) is { } file ? TypedResults.File(file.Content, "application/pdf", file.FileName) : AppResultHttp.NotFound())
            .WithName("billing.agent-invoice-pdf")
            .WithSummary("An invoice or credit note of the agent's régie as a PDF.");
    }
}

internal sealed record FamilyAccount(long DueCents, IReadOnlyDictionary<Guid, long> CreditsByRegie, IReadOnlyList<InvoiceSummary> Invoices);

internal sealed record RunInput(string? Month);

internal sealed record CreditNoteInput(long Cents, string? Reason);

internal sealed record CounterPaymentInput(long Cents, string? Receipt);
