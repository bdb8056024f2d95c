using Platform.Core.Application;
using Platform.Host.Families;

namespace Platform.Host.Api;

/// <summary>The family's private calendar feed (iCalendar), and its address made, renewed or revoked by the family.</summary>
internal static class CalendarApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var family = app.MapGroup("/api/families/{familyId:guid}").WithTags("Familles").RequireAuthorization(ApiPolicies.User)
            .AddEndpointFilter<Composition.FamilyMemberEndpointFilter>();
        family.MapPost("/calendar-feed", async (Guid familyId, CalendarFeeds feeds, CancellationToken ct) =>
                (await feeds.RenewAsync(familyId, ct)).ToHttp(url => TypedResults.Ok(new CalendarFeedView(url))))
            .WithSummary("Makes the family's calendar address, or a new one (the previous one stops working). Shown once.");
        family.MapDelete("/calendar-feed", async (Guid familyId, CalendarFeeds feeds, CancellationToken ct) =>
            {
                await feeds.RevokeAsync(familyId, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Revokes the family's calendar address.");

        // Calendar apps cannot sign in: the long random token in the address is the credential.
        app.MapGet("/calendrier/{token}.ics", async (string token, CalendarFeeds feeds, CancellationToken ct) =>
                await feeds.FeedAsync(token, ct) is { } ics ? Results.Text(ics, "text/calendar; charset=utf-8") : Results.NotFound())
            .AllowAnonymous().WithTags("Familles")
            .WithSummary("The family's bookings as an iCalendar feed (meals, care slots, sport sessions).");
    }

    internal sealed record CalendarFeedView(string Url);
}
