using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Host.Payments;

namespace Platform.Host.Pages.Admin;

/// <summary>The administrators' view of each régie's payment settings: entered, simulated (demo) or missing.</summary>
public sealed class PaiementsModel(ProviderSettingsStore settings) : PageModel
{
    public IReadOnlyList<ProviderSettingsStore.RegieOverview> Regies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Regies = await settings.OverviewAsync(cancellationToken);

    public static string SourceLabel(string source) => source switch
    {
        "régie" => "Réglé",
        "simulation" => "Simulation (démo)",
        _ => "À régler",
    };
}
