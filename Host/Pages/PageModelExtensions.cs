using Platform.Core.Application;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Platform.Host.Pages;

internal static class PageModelExtensions
{
    /// <summary>Shows an application service's errors next to the matching fields of <paramref name="prefix"/>.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors, string prefix = "Input")
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(prefix.Length == 0 ? field : $"{prefix}.{field}", message);
            }
        }
    }
}
