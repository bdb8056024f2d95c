using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Application;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Application;

namespace Platform.Modules.Billing.Pages.Facturation;

/// <summary>The agent's invoicing: a régie and a finished month, "Facturer", then the month's invoices with what each
/// family still owes and their PDFs.</summary>
[Authorize(Roles = "agent,administrateur")]
public sealed class IndexModel(RegieInvoices regies, InvoiceDirectDebits debits, Exports.PesExports pes, Exports.AccountingExports exports, TimeProvider clock)
    : PageModel
{
    [BindProperty(SupportsGet = true, Name = "regie")]
    public Guid? RegieId { get; set; }

    [BindProperty(SupportsGet = true, Name = "mois")]
    public string? Month { get; set; }

    public IReadOnlyList<RegieSummary> Regies { get; private set; } = [];

    public RegieMonth? Invoices { get; private set; }

    public DateOnly LastMonth
    {
        get
        {
            var today = ParisTime.Today(clock);
            return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        }
    }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var report = await regies.RunAsync(User, RegieId ?? Guid.Empty, Month, cancellationToken);
        if (report.IsNotFound)
        {
            return NotFound();
        }

        if (!report.Succeeded)
        {
            return await ShowErrorsAsync(report.Errors, cancellationToken);
        }

        var run = report.Value!;
        var period = run.Period;
        Done = run.Issued == 0
            ? $"Aucune nouvelle facture pour {FrenchMonths.Name(period)} : tout ce qui était à facturer l'est déjà ({Counted(run.AlreadyIssued)} émise{(run.AlreadyIssued > 1 ? "s" : "")} auparavant)."
            : $"{Counted(run.Issued)} émise{(run.Issued > 1 ? "s" : "")} pour {FrenchMonths.Name(period)}, {Euros.Format(run.IssuedCents)} au total ; les familles en sont averties par courriel.";
        return Redirect($"/agent/facturation?regie={RegieId}&mois={period:yyyy-MM}");
    }

    /// <summary>The month's PES V2 file for the public accountant.</summary>
    public async Task<IActionResult> OnGetPesAsync(CancellationToken cancellationToken) =>
        await DownloadAsync(await pes.ExportAsync(User, RegieId ?? Guid.Empty, Month, cancellationToken), "application/xml", cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(string? table, CancellationToken cancellationToken) =>
        await DownloadAsync(await exports.CsvAsync(User, RegieId ?? Guid.Empty, Month, table, cancellationToken), "text/csv; charset=utf-8", cancellationToken);

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken) =>
        await DownloadAsync(
            await exports.WorkbookAsync(User, RegieId ?? Guid.Empty, Month, cancellationToken), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", cancellationToken);

    private async Task<IActionResult> DownloadAsync(Platform.Core.Application.AppResult<InvoiceFile> file, string contentType, CancellationToken cancellationToken)
    {
        if (file.IsNotFound)
        {
            return NotFound();
        }

        if (file.Succeeded)
        {
            return File(file.Value!.Content, contentType, file.Value.FileName);
        }

        return await ShowErrorsAsync(file.Errors, cancellationToken);
    }

    private async Task<IActionResult> ShowErrorsAsync(IReadOnlyDictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        foreach (var (field, messages) in errors)
        {
            ModelState.AddModelError(field, string.Join(" ", messages));
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPreleverAsync(CancellationToken cancellationToken)
    {
        var report = await debits.ScheduleDueAsync(User, RegieId ?? Guid.Empty, cancellationToken);
        if (report.IsNotFound)
        {
            return NotFound();
        }

        if (!report.Succeeded)
        {
            return await ShowErrorsAsync(report.Errors, cancellationToken);
        }

        var done = report.Value!;
        Done = $"{done.Scheduled} prélèvement{(done.Scheduled > 1 ? "s" : "")} programmé{(done.Scheduled > 1 ? "s" : "")} pour {Euros.Format(done.ScheduledCents)} ; "
               + $"les familles reçoivent leur avis de prélèvement. {done.WithoutMandate} facture{(done.WithoutMandate > 1 ? "s" : "")} due{(done.WithoutMandate > 1 ? "s" : "")} sans mandat"
               + (done.Refused > 0 ? $", {done.Refused} refusé{(done.Refused > 1 ? "s" : "")} (mandat révoqué ou régie non configurée)." : ".");
        return Redirect($"/agent/facturation?regie={RegieId}&mois={Month}");
    }

    private static string Counted(int count) => count > 1 ? $"{count} factures" : $"{count} facture";

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Regies = await regies.ForAgentAsync(User, cancellationToken);
        if (Regies.Count == 0)
        {
            return true;
        }

        RegieId ??= Regies[0].Id;
        if (Regies.All(r => r.Id != RegieId))
        {
            return false;
        }

        var period = ParisTime.TryParseMonth(Month, out var chosen) ? chosen : LastMonth;
        Month = period.ToString("yyyy-MM");
        Invoices = (await regies.MonthAsync(User, RegieId.Value, Month, cancellationToken)).Value;
        return true;
    }
}
