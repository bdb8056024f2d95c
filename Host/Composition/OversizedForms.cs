using Microsoft.AspNetCore.Mvc.Filters;

namespace Platform.Host.Composition;

/// <summary>A page form larger than <see cref="RequestLimits.MaxBodyBytes"/> is never read: the request goes on as a
/// GET of the same page, which shows the form again with why it was refused (413). Reading it would fail inside the
/// anti-forgery check, which can only answer a bare 400.</summary>
internal static class OversizedForms
{
    private const string Flag = "platform.form-too-large";

    public static Task RedisplayAsync(HttpContext context, RequestDelegate next)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.ContentLength > RequestLimits.MaxBodyBytes)
        {
            context.Items[Flag] = true;
            context.Request.Method = HttpMethods.Get;
            context.Request.ContentType = null; // nothing may try to read the form now
            context.Request.QueryString = QueryString.Create(context.Request.Query.Where(q => q.Key != "handler")); // the page's GET, not OnGet<Handler>
        }

        return next(context);
    }

    /// <summary>Puts the refusal in the page's error summary.</summary>
    internal sealed class PageFilter : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            if (context.HttpContext.Items.ContainsKey(Flag))
            {
                context.ModelState.AddModelError(string.Empty, RequestLimits.TooLargeMessage);
                context.HttpContext.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }
}
