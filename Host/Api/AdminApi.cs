using System.Security.Claims;
using Platform.Core.Application;
using Platform.Host.Payments;
using Platform.Host.Tenancy;

namespace Platform.Host.Api;

internal static class AdminApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").WithTags("Administration").RequireAuthorization(ApiPolicies.Administrator);
        group.MapGet("/communes", async (TenancyAdminService admin, CancellationToken ct) => TypedResults.Ok(await admin.ListCommunesAsync(ct)))
            .WithSummary("Communes with the modules each enables.");
        group.MapPost("/communes", async (CommuneInput input, TenancyAdminService admin, CancellationToken ct) =>
                (await admin.CreateCommuneAsync(input, ct)).ToHttp(c => TypedResults.Created($"/api/admin/communes/{c.Slug}", c)))
            .WithSummary("Creates a commune; its modules start as plugins.json says.");
        group.MapPut("/communes/{commune}/modules/{moduleId}", async (string commune, string moduleId, ModuleSwitch input, TenancyAdminService admin, CancellationToken ct) =>
                (await admin.SetModuleAsync(commune, moduleId, input.Enabled, ct)).ToHttp())
            .WithSummary("Enables or disables a module for a commune, without a restart.");
        group.MapPut("/communes/{commune}/payment-providers/{providerId}", async (string commune, string providerId, ModuleSwitch input, TenancyAdminService admin, CancellationToken ct) =>
                (await admin.SetPaymentProviderAsync(commune, providerId, input.Enabled, ct)).ToHttp())
            .WithSummary("Enables or disables a payment channel for a commune, without a restart.");
        group.MapPut("/communes/{commune}/invoice-payment-providers/{providerId}",
                async (string commune, string providerId, ModuleSwitch input, TenancyAdminService admin, CancellationToken ct) =>
                    (await admin.SetInvoicePaymentProviderAsync(commune, providerId, input.Enabled, ct)).ToHttp())
            .WithSummary("Enables or disables a channel to pay invoices for a commune (SEPA direct debit, PayFiP, card); checkout is not affected.");
        group.MapPut("/communes/{commune}/refund-rule", async (string commune, RefundRuleInput input, TenancyAdminService admin, CancellationToken ct) =>
                (await admin.SetRefundRuleAsync(commune, input.RefundsToWallet, ct)).ToHttp())
            .WithSummary("Where a booking cancelled in time goes back when it was paid by card or PayFiP: the family's wallet, or the card.");
        group.MapGet("/regies/{regieId:guid}/payment-providers/{providerId}/settings", async (Guid regieId, string providerId, ProviderSettingsStore store, CancellationToken ct) =>
                (await store.DescribeAsync(regieId, providerId, ct)).ToHttp())
            .WithSummary("What a payment provider needs from this régie (keys, client number) and which values are set; secrets are never returned.");
        group.MapPut("/regies/{regieId:guid}/payment-providers/{providerId}/settings",
                async (Guid regieId, string providerId, ProviderSettingsInput input, ClaimsPrincipal user, ProviderSettingsStore store, CancellationToken ct) =>
                    (await store.SaveAsync(regieId, providerId, input.Values ?? new Dictionary<string, string?>(), Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!), ct)).ToHttp())
            .WithSummary("Stores this régie's settings for a payment provider, encrypted; a secret left empty keeps its stored value.");
        group.MapPost("/regies", async (RegieInput input, TenancyAdminService admin, CancellationToken ct) =>
                (await admin.CreateRegieAsync(input, ct)).ToHttp(r => TypedResults.Created($"/api/admin/regies/{r.Id}", r)))
            .WithSummary("Creates a régie.");
        group.MapGet("/services", async (TenancyAdminService admin, CancellationToken ct) => TypedResults.Ok(await admin.ListServicesAsync(ct)))
            .WithSummary("Every service of every commune.");
        group.MapPost("/services", async (ServiceInput input, TenancyAdminService admin, CancellationToken ct) =>
                (await admin.CreateServiceAsync(input, ct)).ToHttp(s => TypedResults.Created($"/api/admin/services/{s.Id}", s)))
            .WithSummary("Creates a service of a module in a commune, with tariff categories and required documents.");
        group.MapPost("/services/{serviceId:guid}/tariff-categories", async (Guid serviceId, TariffCategoryInput input, TenancyAdminService admin, CancellationToken ct) =>
                (await admin.AddTariffCategoryAsync(serviceId, input, ct)).ToHttp())
            .WithSummary("Adds a tariff category to a service.");
        group.MapPost("/services/{serviceId:guid}/required-documents", async (Guid serviceId, RequiredDocumentInput input, TenancyAdminService admin, CancellationToken ct) =>
                (await admin.AddRequiredDocumentAsync(serviceId, input, ct)).ToHttp())
            .WithSummary("Adds a required document to a service.");
        group.MapPost("/agents", async (AgentInput input, TenancyAdminService admin, CancellationToken ct) =>
                (await admin.CreateAgentAsync(input, ct)).ToHttp(a => TypedResults.Created($"/api/admin/agents/{a.Id}", a)))
            .WithSummary("Creates an agent account for one or more communes.");
    }

    internal sealed record ModuleSwitch(bool Enabled);

    internal sealed record ProviderSettingsInput(Dictionary<string, string?>? Values);

    internal sealed record RefundRuleInput(bool RefundsToWallet);
}
