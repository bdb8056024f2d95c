using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace Platform.PaymentProviders.Sandboxes.PayFip;

/// <summary>A stateful PayFiP Régie Web-service (spec §3.8): the SOAP endpoint with its three operations and the payment
/// page, under whatever route group it is mapped to. It records every request it receives.</summary>
/// <param name="numclis">The client numbers it knows (the régies' numcli).</param>
public sealed partial class FakePayFip(IPayFipNotificationDelivery notifications, TimeProvider clock, IEnumerable<string> numclis)
{
    /// <summary>How long the payment page takes answers for an idOp.</summary>
    public static readonly TimeSpan IdOpValidity = TimeSpan.FromMinutes(15);

    /// <summary>When an idOp is purged and reads as unknown (P1).</summary>
    public static readonly TimeSpan PurgeDelay = TimeSpan.FromDays(1);

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly HashSet<string> knownNumclis = numclis.ToHashSet(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FakePayFipOperation> operations = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<FakePayFipRequest> requests = new();

    public IReadOnlyList<FakePayFipRequest> Requests => [.. requests];

    /// <summary>Test switch: the montant the payment detail reports instead of the one created.</summary>
    public long? TamperedMontant { get; set; }

    /// <summary>Test switch: the functional fault code every creation answers (its libellé is the simulation's own).</summary>
    public string? CreationFault { get; set; }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/tpa/services/securite", HandleSoapAsync);
        routes.MapGet("/tpa/paiementws.web", ShowPageAsync);
        routes.MapPost("/tpa/paiementws.web", AnswerAsync);
        routes.MapGet("/tpa/page.css", () => Results.Text(FakePayFipPage.Css, "text/css; charset=utf-8"));
    }

    private async Task HandleSoapAsync(HttpContext context)
    {
        var body = await RecordAsync(context.Request);
        var reply = FakePayFipSoap.Read(body) switch
        {
            ("creerPaiementSecurise", var arguments) => Create(arguments),
            ("recupererDetailPaiementSecurise", var arguments) => Detail(arguments),
            ("recupererDetailClient", var arguments) => Client(arguments),
            _ => FakePayFipSoap.ProtocolFault("Requête SOAP non reconnue."),
        };
        context.Response.StatusCode = reply.IsFault ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK;
        context.Response.ContentType = "text/xml; charset=utf-8";
        await context.Response.WriteAsync(reply.Xml);
    }

    private FakePayFipSoapReply Create(IReadOnlyDictionary<string, string> arguments)
    {
        string Argument(string name) => arguments.GetValueOrDefault(name, "");

        if (CreationFault is { } forced)
        {
            return FakePayFipSoap.FunctionalFault(forced, "Erreur forcée par la simulation.");
        }

        if (!knownNumclis.Contains(Argument("numcli")))
        {
            // The spec names no code for an unknown client; this one is the simulation's own.
            return FakePayFipSoap.FunctionalFault("NUMCLI", "Numéro client inconnu.");
        }

        if (!RefdetShape().IsMatch(Argument("refdet")))
        {
            return FakePayFipSoap.FunctionalFault("R3", "Le format du paramètre REFDET n'est pas conforme.");
        }

        var mel = Argument("mel");
        if (!mel.Contains('@', StringComparison.Ordinal) || mel.Length is < 6 or > 80)
        {
            return FakePayFipSoap.FunctionalFault("A2", "Adresse mel incorrecte.");
        }

        if (!long.TryParse(Argument("montant"), NumberStyles.None, CultureInfo.InvariantCulture, out var montant) || montant <= 0
            || Argument("saisie") is not ("T" or "X" or "W") || Argument("objet").Length > 100
            || !Uri.TryCreate(Argument("urlnotif"), UriKind.Absolute, out var urlnotif)
            || !Uri.TryCreate(Argument("urlredirect"), UriKind.Absolute, out var urlredirect))
        {
            return FakePayFipSoap.ProtocolFault("Paramètres de creerPaiementSecurise invalides.");
        }

        var operation = new FakePayFipOperation(Guid.NewGuid().ToString(), Argument("numcli"), Argument("exer"), Argument("refdet"), montant, mel,
            Argument("objet"), Argument("saisie"), urlnotif, urlredirect, clock.GetUtcNow());
        operations[operation.IdOp] = operation;
        return FakePayFipSoap.Answer("creerPaiementSecurise", ("idOp", operation.IdOp));
    }

    private FakePayFipSoapReply Detail(IReadOnlyDictionary<string, string> arguments)
    {
        if (Find(arguments.GetValueOrDefault("idOp", "")) is not { } operation)
        {
            return FakePayFipSoap.FunctionalFault("P1", "IdOp incorrect.");
        }

        lock (operation)
        {
            if (operation.Resultrans is not { } resultrans || operation.AnsweredAt is not { } answeredAt)
            {
                return FakePayFipSoap.FunctionalFault("P5", "Résultat de la transaction non connu.");
            }

            var paris = TimeZoneInfo.ConvertTime(answeredAt, Paris);
            return FakePayFipSoap.Answer("recupererDetailPaiementSecurise",
                ("dattrans", paris.ToString("ddMMyyyy", CultureInfo.InvariantCulture)),
                ("exer", operation.Exer),
                ("heurtrans", paris.ToString("HHmm", CultureInfo.InvariantCulture)),
                ("idOp", operation.IdOp),
                ("mel", operation.Mel),
                ("montant", TamperedMontant ?? operation.Montant),
                ("numauto", operation.Numauto ?? ""),
                ("numcli", operation.Numcli),
                ("objet", operation.Objet),
                ("refdet", operation.Refdet),
                ("resultrans", resultrans),
                ("saisie", operation.Saisie));
        }
    }

    private FakePayFipSoapReply Client(IReadOnlyDictionary<string, string> arguments) =>
        knownNumclis.Contains(arguments.GetValueOrDefault("numCli", ""))
            ? FakePayFipSoap.Answer("recupererDetailClient", ("numcli", arguments["numCli"]))
            : FakePayFipSoap.FunctionalFault("NUMCLI", "Numéro client inconnu.");

    private async Task ShowPageAsync(HttpContext context)
    {
        await RecordAsync(context.Request);
        var (status, page) = Find(context.Request.Query["idop"].ToString()) switch
        {
            null => (StatusCodes.Status404NotFound, FakePayFipPage.Message("Opération inconnue", "Cette opération de paiement n'existe pas.")),
            { IsPaid: true } => (StatusCodes.Status409Conflict, AlreadyPaid()),
            var operation when IsExpired(operation) => (StatusCodes.Status410Gone, Expired()),
            var operation => (StatusCodes.Status200OK, FakePayFipPage.Payment(operation)),
        };
        await WriteHtmlAsync(context, status, page);
    }

    /// <summary>The payer's answer: stored, notified server to server, then the browser goes back to urlredirect. An
    /// abandoned or refused operation can still be paid while it is valid, as on the real page.</summary>
    private async Task AnswerAsync(HttpContext context)
    {
        var body = await RecordAsync(context.Request);
        var resultrans = QueryHelpers.ParseQuery(body).GetValueOrDefault("resultrans").ToString();
        var operation = Find(context.Request.Query["idop"].ToString());
        if (operation is null || resultrans is not ("P" or "V" or "R" or "Z" or "A"))
        {
            await WriteHtmlAsync(context, StatusCodes.Status400BadRequest, FakePayFipPage.Message("Demande invalide", "Cette réponse n'est pas reconnue."));
            return;
        }

        (int Status, string Page)? refusal;
        lock (operation)
        {
            refusal = operation.IsPaid ? (StatusCodes.Status409Conflict, AlreadyPaid())
                : IsExpired(operation) ? (StatusCodes.Status410Gone, Expired())
                : null;
            if (refusal is null)
            {
                operation.Answer(resultrans, clock.GetUtcNow());
            }
        }

        if (refusal is { } refused)
        {
            await WriteHtmlAsync(context, refused.Status, refused.Page);
            return;
        }

        await notifications.DeliverAsync(operation.UrlNotif, operation.IdOp, context.RequestAborted);
        var separator = string.IsNullOrEmpty(operation.UrlRedirect.Query) ? "?" : "&";
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = $"{operation.UrlRedirect.AbsoluteUri}{separator}idop={Uri.EscapeDataString(operation.IdOp)}";
    }

    private FakePayFipOperation? Find(string idOp) =>
        operations.TryGetValue(idOp, out var operation) && clock.GetUtcNow() - operation.CreatedAt < PurgeDelay ? operation : null;

    private bool IsExpired(FakePayFipOperation operation) => clock.GetUtcNow() - operation.CreatedAt >= IdOpValidity;

    private static string AlreadyPaid() => FakePayFipPage.Message("Déjà payé", "Cette opération est déjà payée.");

    private static string Expired() =>
        FakePayFipPage.Message("Opération expirée", "Cette opération ne peut plus être payée. Retournez sur le portail pour recommencer.");

    private async Task<string> RecordAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        requests.Enqueue(new FakePayFipRequest(request.Method, request.Path, request.QueryString.Value ?? "", headers, body));
        return body;
    }

    private static async Task WriteHtmlAsync(HttpContext context, int status, string page)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(page);
    }

    [GeneratedRegex("^[A-Za-z0-9]{6,30}$")]
    private static partial Regex RefdetShape();
}
