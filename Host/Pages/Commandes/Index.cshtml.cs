using Platform.Core.Application;
using Platform.Core.Ordering;
using Platform.Host.Families;
using Platform.Host.Ordering;

namespace Platform.Host.Pages.Commandes;

/// <summary>"Mes commandes et factures": the family's orders and what the plugins add (invoices, credit notes,
/// payments at the counter or by direct debit), newest first.</summary>
public sealed class IndexModel(FamilyService families, CheckoutService checkout, OrderPurposes purposes, IEnumerable<IAccountHistory> histories)
    : FamilyPageModel(families)
{
    public const int Shown = 60;

    public IReadOnlyList<AccountEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadFamilyAsync(cancellationToken) is not { } family)
        {
            return;
        }

        var entries = (await checkout.ListAsync(family.Id, cancellationToken)).Select(Entry).ToList();
        foreach (var history in histories)
        {
            entries.AddRange(await history.ForFamilyAsync(family.Id, cancellationToken));
        }

        Entries = entries.OrderByDescending(e => e.AtUtc).Take(Shown).ToList();
    }

    private AccountEntry Entry(OrderView order)
    {
        var refunded = order.Lines.Sum(l => l.RefundedCents);
        var label = order.Lines.Count == 1 ? order.Lines[0].Label : $"{order.Lines[0].Label} et {order.Lines.Count - 1} autre{(order.Lines.Count > 2 ? "s" : "")}";
        var (state, css) = order.State switch
        {
            OrderState.Paid when refunded > 0 => ($"Payée, {Euros.Format(refunded)} remboursés", "status-validated"),
            OrderState.Paid => ("Payée", "status-validated"),
            OrderState.PendingPayment => ("À payer", "status-pending"),
            OrderState.Cancelled => ("Annulée", "status-refused"),
            _ => ("Expirée sans paiement", "status-refused"),
        };
        return new AccountEntry(order.CreatedAtUtc, purposes.For(order.Kind).Title, order.Number, label, order.TotalCents, state, css, $"/commandes/{order.Id}", null);
    }
}
