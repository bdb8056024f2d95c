using Microsoft.AspNetCore.Mvc;
using Platform.Host.Families;
using Platform.Host.Ordering;

namespace Platform.Host.Pages.Panier;

public sealed class IndexModel(FamilyService families, CartService cart, CheckoutService checkout) : FamilyPageModel(families)
{
    public CartView? Cart { get; private set; }

    /// <summary>Orders checked out but not paid yet, so a parent who left the payment page finds them again.</summary>
    public IReadOnlyList<OrderView> Unpaid { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadFamilyAsync(cancellationToken) is { } family)
        {
            Cart = await cart.GetAsync(family.Id, cancellationToken);
            Unpaid = (await checkout.ListAsync(family.Id, cancellationToken)).Where(o => o.State == OrderState.PendingPayment).ToList();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRetirerAsync(Guid lineId, CancellationToken cancellationToken)
    {
        if (await LoadFamilyAsync(cancellationToken) is not { } family)
        {
            return NotFound();
        }

        await cart.RemoveAsync(family.Id, lineId, cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostValiderAsync(Guid regieId, CancellationToken cancellationToken)
    {
        if (await LoadFamilyAsync(cancellationToken) is not { } family)
        {
            return NotFound();
        }

        var order = await checkout.CheckoutAsync(family.Id, regieId, cancellationToken);
        if (!order.Succeeded)
        {
            ModelState.AddErrors(order.Errors, prefix: "");
            Cart = await cart.GetAsync(family.Id, cancellationToken);
            return Page();
        }

        return Redirect($"/commandes/{order.Value!.Id}");
    }
}
