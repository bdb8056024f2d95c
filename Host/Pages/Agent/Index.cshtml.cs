using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Host.Access;
using Platform.Host.Security;

namespace Platform.Host.Pages.Agent;

public sealed class IndexModel(AccessReviewService review) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AccessStatus? Statut { get; set; } = AccessStatus.Pending;

    public IReadOnlyList<AccessRequestView> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Requests = await review.ListAsync(CurrentUser.From(User), Statut, cancellationToken);
}
