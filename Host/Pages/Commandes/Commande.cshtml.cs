using Microsoft.AspNetCore.Mvc;
using Platform.Host.Families;
using Platform.Host.Ordering;

namespace Platform.Host.Pages.Commandes;

public sealed class CommandeModel(FamilyService families, CheckoutService checkout, PaymentService payments, OrderPurposes purposes) : FamilyPageModel(families)
{
    [FromRoute]
    public Guid Id { get; set; }

    public OrderView? Order { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadFamilyAsync(cancellationToken) is { } family)
        {
            await payments.RefreshAsync(family.Id, Id, cancellationToken);
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPayerAsync(string provider, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await payments.PayAsync(Family!.Id, Id, provider, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, prefix: "");
            return Page();
        }

        if (result.Value!.RedirectUrl is { } url)
        {
            return Redirect(url.ToString());
        }

        TempData["Message"] = "Paiement reçu : vos réservations sont confirmées. Un reçu vous a été envoyé par e-mail.";
        return Redirect($"/commandes/{Id}");
    }

    public async Task<IActionResult> OnPostAbandonnerAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await checkout.AbandonAsync(Family!.Id, Id, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, prefix: "");
            return Page();
        }

        var backToCart = purposes.For(Order!.Kind).BackToCart;
        TempData["Message"] = backToCart
            ? "Commande abandonnée : les réservations sont libérées et les lignes sont revenues dans votre panier."
            : "Commande abandonnée.";
        return Redirect(backToCart ? "/panier" : $"/commandes/{Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await LoadFamilyAsync(cancellationToken) is not { } family)
        {
            return false;
        }

        Order = (await checkout.GetAsync(family.Id, Id, cancellationToken)).Value;
        return Order is not null;
    }
}
