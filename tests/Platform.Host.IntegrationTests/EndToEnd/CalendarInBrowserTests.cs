using Microsoft.Playwright;
using Platform.Host.IntegrationTests.Cantine;
using Platform.Host.IntegrationTests.Garderie;
using Platform.Host.IntegrationTests.Sport;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.EndToEnd;

/// <summary>One week of cantine, evening care and a sport session for two children, ticked on one calendar, in one cart,
/// paid from the wallet, then one item cancelled: in real Chromium on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CalendarInBrowserTests
{
    [Fact]
    public async Task A_parent_books_a_week_of_three_services_for_two_children_pays_once_and_cancels_one_item()
    {
        await using var booking = await BookingWorld.CreateAsync(onSocket: true);
        await CareWorld.OnAsync(booking, "AtBooking");
        await SportWorld.OnAsync(booking, seats: 3);
        await booking.CreditAsync(10000);
        await using var server = await LiveServer.StartAsync(booking.Platform);
        var parent = await server.SignInAsync(booking.Parent.Email);

        await parent.GotoAsync("/reserver?semaine=2027-06-07");
        foreach (var child in new[] { "Léa", "Hugo" })
        {
            foreach (var day in new[] { "lundi 7 juin", "mardi 8 juin", "jeudi 10 juin", "vendredi 11 juin" })
            {
                await parent.GetByLabel($"Repas de {child}, {day}").CheckAsync();
            }

            await parent.GetByLabel($"Garderie soir de {child}, lundi 7 juin").CheckAsync();
            await parent.GetByLabel($"Multisport 6-10 ans de {child}, mercredi 9 juin").CheckAsync();
        }

        await Assertions.Expect(parent.Locator(".total")).ToHaveTextAsync("12 réservations · 47,40\u00A0€");
        await parent.CheckAndCaptureAsync("40-calendrier-semaine");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Réserver la sélection" }).ClickAsync();
        await Assertions.Expect(parent.Locator("p.total")).ToHaveTextAsync("12 réservations : 47,40\u202F€");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Valider et payer 47,40\u202F€" }).ClickAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Payer 47,40\u202F€ avec : Porte-monnaie" }).ClickAsync();
        await Assertions.Expect(parent.Locator(".notice")).ToContainTextAsync("vos réservations sont confirmées");
        await Assertions.Expect(parent.Locator(".wallet-balance")).ToHaveTextAsync("Porte-monnaie : 52,60\u202F€");

        await parent.GotoAsync("/reservations?semaine=2027-06-07");
        await parent.CheckAndCaptureAsync("41-mes-reservations-semaine");
        await parent.GetByRole(AriaRole.Link, new() { Name = "Annuler : Garderie soir de Léa, lundi 7 juin" }).ClickAsync();
        await Assertions.Expect(parent.Locator(".confirm")).ToContainTextAsync("2,50\u202F€ vous seront rendus");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Oui, annuler" }).ClickAsync();
        await Assertions.Expect(parent.Locator(".notice")).ToContainTextAsync("2,50");
        await Assertions.Expect(parent.Locator(".wallet-balance")).ToHaveTextAsync("Porte-monnaie : 55,10\u202F€");
    }
}
