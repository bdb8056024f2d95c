using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Host.Access;
using Platform.Host.Security;

namespace Platform.Host.Pages;

/// <summary>Serves an uploaded document to its family and to the agents of the service's commune.</summary>
public sealed class DocumentsModel(AccessService access) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await access.OpenDocumentAsync(CurrentUser.From(User), id, cancellationToken);
        if (document is not { } d)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(d.Content, d.ContentType, d.FileName);
    }
}
