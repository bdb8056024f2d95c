using Platform.Core.Modularity;
using Platform.Core.Tenancy;

namespace Platform.Host.Common;

/// <summary>A parent's menu: the host's own entries, what each loaded plugin contributes for the current family, and
/// the cart with its number of lines.</summary>
public sealed class HeaderSummary(
    IFamilyDirectory families, IEnumerable<IPageContributions> contributions, Ordering.CartService cart, Booking.FamilyCalendars calendars)
{
    public async Task<IReadOnlyList<UiLink>> ParentMenuAsync(HttpContext http)
    {
        var family = await families.CurrentFamilyAsync(http, http.RequestAborted);
        var cartCount = family is null ? 0 : await cart.CountAsync(family.Id, http.RequestAborted);
        var menu = new List<UiLink>
        {
            new("Ma famille", "/famille", 10),
            new("Mes services", "/services", 20),
            new(cartCount > 0 ? $"Panier ({cartCount})" : "Panier", "/panier", 90),
        };
        if (calendars.Any)
        {
            menu.Add(new("Réserver", "/reserver", 25));
            menu.Add(new("Mes réservations", "/reservations", 30));
        }

        foreach (var contribution in contributions)
        {
            menu.AddRange(await contribution.ParentMenuAsync(family, http.RequestAborted));
        }

        return menu.OrderBy(l => l.Order).ToList();
    }

    /// <summary>"Demandes", then what the plugins add for agents.</summary>
    public async Task<IReadOnlyList<UiLink>> AgentMenuAsync(HttpContext http)
    {
        var menu = new List<UiLink> { new("Demandes", "/agent/demandes", 10) };
        foreach (var contribution in contributions)
        {
            menu.AddRange(await contribution.AgentMenuAsync(http.User, http.RequestAborted));
        }

        return menu.OrderBy(l => l.Order).ToList();
    }
}
