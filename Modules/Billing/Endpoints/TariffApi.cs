using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Platform.Core.Application;
using Platform.Core.Modularity;
using Platform.Modules.Billing.Absences;
using Platform.Modules.Billing.Tariffs;

namespace Platform.Modules.Billing.Endpoints;

/// <summary>Quotient familial declarations and decisions, absences reported, and the services' tariff and absence rules.</summary>
internal static class TariffApi
{
    public static void Map(ModuleEndpoints endpoints)
    {
        endpoints.Family.MapGet("/quotients", async (Guid familyId, QuotientDeclarations quotients, CancellationToken ct) =>
                TypedResults.Ok(await quotients.ForFamilyAsync(familyId, ct)))
            .WithName("billing.quotients")
            .WithSummary("The family's quotient familial declarations, newest first, with the agent's decision.");

        endpoints.Family.MapPost("/quotients", async (Guid familyId, HttpRequest request, QuotientDeclarations quotients, CancellationToken ct) =>
            {
                if (!request.HasFormContentType)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Envoyez un formulaire multipart/form-data.");
                }

                var form = await request.ReadFormAsync(ct);
                var certificate = await Uploads.ReadAsync(form.Files["certificate"], ct);
                var value = int.TryParse(form["value"], out var parsed) ? parsed : (int?)null;
                return (await quotients.DeclareAsync(familyId, form["organisation"], value, certificate, ct))
                    .ToHttp(created => TypedResults.Created($"/api/families/{familyId}/billing/quotients", created));
            })
            .DisableAntiforgery()
            .WithName("billing.declare-quotient")
            .WithSummary("Declares the family's quotient familial (multipart: organisation CAF or MSA, value in euros, certificate as PDF, JPEG or PNG); an agent validates it. A declaration still waiting is replaced.");

        endpoints.Family.MapGet("/absences", async (Guid familyId, FamilyAbsences absences, CancellationToken ct) =>
                TypedResults.Ok(new { services = await absences.ServicesAsync(familyId, ct), absences = await absences.ListAsync(familyId, ct) }))
            .WithName("billing.absences")
            .WithSummary("The family's services that credit absences, with their rule, and the absences it reported, with what each credited (cents).");

        endpoints.Family.MapPost("/absences", async (Guid familyId, HttpRequest request, FamilyAbsences absences, CancellationToken ct) =>
            {
                if (!request.HasFormContentType)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Envoyez un formulaire multipart/form-data.");
                }

                var form = await request.ReadFormAsync(ct);
                var input = new AbsenceInput(
                    Guid.TryParse(form["childId"], out var child) ? child : null,
                    DateOnly.TryParseExact(form["from"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from) ? from : null,
                    DateOnly.TryParseExact(form["to"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to) ? to : null,
                    await Uploads.ReadAsync(form.Files["certificate"], ct));
                return (await absences.ReportAsync(familyId, input, ct)).ToHttp(created => TypedResults.Created($"/api/families/{familyId}/billing/absences", created));
            })
            .DisableAntiforgery()
            .WithName("billing.report-absence")
            .WithSummary("Reports a child's absence (multipart: childId, from, to as 2027-06-08, optional medical certificate as PDF, JPEG or PNG) for days past or today; each service's rule credits booked days, set against the next invoice.");

        endpoints.Agent.MapGet("/quotients", async (HttpContext http, QuotientDeclarations quotients, CancellationToken ct) =>
                TypedResults.Ok(await quotients.PendingAsync(http.User, ct)))
            .WithName("billing.pending-quotients")
            .WithSummary("The oldest declarations waiting (50 at most) of the families of the agent's communes.");

        endpoints.Agent.MapGet("/quotients/{quotientId:guid}/certificate", async (Guid quotientId, HttpContext http, QuotientDeclarations quotients, CancellationToken ct) =>
                await quotients.CertificateAsync(http.User, quotientId, ct) is { } file ? TypedResults.File(file.Content, file.ContentType, file.FileName) : AppResultHttp.NotFound())
            .WithName("billing.quotient-certificate")
            .WithSummary("The certificate sent with a declaration.");

        endpoints.Agent.MapPost("/quotients/{quotientId:guid}/validation", async (Guid quotientId, QuotientDecision input, HttpContext http, QuotientDeclarations quotients, CancellationToken ct) =>
                (await quotients.ValidateAsync(http.User, quotientId, input, ct)).ToHttp())
            .WithName("billing.validate-quotient")
            .WithSummary("Validates a declaration with the value read on the certificate and its validity dates; the family is emailed.");

        endpoints.Agent.MapPost("/quotients/{quotientId:guid}/refusal", async (Guid quotientId, RefusalInput input, HttpContext http, QuotientDeclarations quotients, CancellationToken ct) =>
                (await quotients.RefuseAsync(http.User, quotientId, input.Reason, ct)).ToHttp())
            .WithName("billing.refuse-quotient")
            .WithSummary("Refuses a declaration with the reason the family reads.");

        endpoints.Agent.MapGet("/services/{serviceId:guid}/tariff-rules", async (Guid serviceId, HttpContext http, BillingTariffRules rules, CancellationToken ct) =>
                (await rules.GetAsync(http.User, serviceId, ct)).ToHttp())
            .WithName("billing.tariff-rules")
            .WithSummary("A service's quotient familial brackets (percent of the module's price up to a ceiling in euros) and sibling discounts.");

        endpoints.Agent.MapPut("/services/{serviceId:guid}/tariff-rules", async (Guid serviceId, TariffRulesInput input, HttpContext http, BillingTariffRules rules, CancellationToken ct) =>
                (await rules.SetAsync(http.User, serviceId, input, ct)).ToHttp())
            .WithName("billing.set-tariff-rules")
            .WithSummary("Replaces a service's rules: brackets [{upTo, percent}] ending with one without upTo (also for families without a validated quotient), siblings [{fromChildren, percent}]. Lines already booked keep their price.");
    }
}

internal sealed record RefusalInput(string? Reason);

/// <summary>Reads an uploaded file, refusing more than the document store keeps.</summary>
internal static class Uploads
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>The file's bytes; empty when it is larger than <see cref="MaxBytes"/> (the store refuses it).</summary>
    public static async Task<byte[]?> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return null;
        }

        if (file.Length > MaxBytes)
        {
            return [0];
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
