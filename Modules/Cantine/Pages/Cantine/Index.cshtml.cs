using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Modules.Cantine.Application;

namespace Platform.Modules.Cantine.Pages.Cantine;

[AllowAnonymous]
public sealed class IndexModel(CantineServices services) : PageModel
{
    public string Commune { get; private set; } = "";

    public string CommuneName { get; private set; } = "";

    public IReadOnlyList<CantineServiceView> Services { get; private set; } = [];

    public async Task OnGetAsync(string commune, CancellationToken cancellationToken)
    {
        Commune = commune;
        Services = await services.ListAsync(commune, cancellationToken);
        CommuneName = Services.FirstOrDefault()?.Service.CommuneName ?? commune;
    }
}
