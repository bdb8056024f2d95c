using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Host.Families;
using Platform.Host.Security;

namespace Platform.Host.Pages.Famille;

/// <summary>Serves a child's photo to the people allowed to see the child; never from the web root.</summary>
public sealed class PhotoModel(FamilyService families) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var photo = await families.OpenPhotoAsync(CurrentUser.From(User), id, cancellationToken);
        if (photo is not { } p)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, max-age=300";
        return File(p.Content, p.ContentType);
    }
}
