using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Core.Modularity;
using Platform.Modules.Cantine.Application;

namespace Platform.Modules.Cantine.Endpoints;

internal static class CantineApi
{
    public static void Map(ModuleEndpoints endpoints)
    {
        endpoints.Commune.MapGet("/services", ListServices)
            .WithName("cantine.services.list")
            .WithSummary("Cantine services of a commune, with their tariff categories, documents and restaurant.");

        endpoints.Admin.MapPut("/services/{serviceId:guid}/restaurant", SetRestaurant)
            .WithName("cantine.services.restaurant")
            .WithSummary("Sets where a cantine service serves its meals.");
    }

    private static async Task<Ok<IReadOnlyList<CantineServiceView>>> ListServices(
        string commune, CantineServices services, CancellationToken cancellationToken) =>
        TypedResults.Ok(await services.ListAsync(commune, cancellationToken));

    private static async Task<Results<Ok<RestaurantView>, NotFound, ValidationProblem>> SetRestaurant(
        Guid serviceId, RestaurantRequest request, CantineServices services, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["name"] = ["Indiquez le nom du restaurant (200 caractères au plus)."],
            });
        }

        var saved = await services.SetRestaurantAsync(
            serviceId, new RestaurantView(request.Name, request.Address, request.PracticalInformation), cancellationToken);
        return saved is null ? TypedResults.NotFound() : TypedResults.Ok(saved);
    }

    internal sealed record RestaurantRequest([property: Required] string Name, string? Address, string? PracticalInformation);
}
