using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Host.Access;

namespace Platform.Host.Pages;

[AllowAnonymous]
public sealed class IndexModel(AccessService access) : PageModel
{
    public IReadOnlyList<CatalogCommune> Communes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Communes = await access.CatalogAsync(cancellationToken);
}
