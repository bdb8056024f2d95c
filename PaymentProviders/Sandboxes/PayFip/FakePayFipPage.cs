using System.Net;

namespace Platform.PaymentProviders.Sandboxes.PayFip;

/// <summary>The simulated DGFiP payment page, in French and usable on a phone.</summary>
internal static class FakePayFipPage
{
    /// <summary>Served as a file (<c>page.css</c>): the platform's Content-Security-Policy allows no inline style.</summary>
    public const string Css = """
        body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 32rem; padding: 1rem; color: #1e1e1e; }
        .simulation { background: #fff3cd; border: 2px solid #b8860b; padding: .75rem; font-weight: bold; text-align: center; }
        dt { font-weight: bold; margin-top: .75rem; }
        dd { margin: 0; overflow-wrap: anywhere; }
        .montant { font-size: 1.5rem; }
        form { display: grid; gap: .75rem; margin-top: 1.5rem; }
        button { font-size: 1.1rem; padding: .9rem; border: 0; border-radius: .4rem; background: #000091; color: #fff; }
        button.secondaire { background: #e5e5f4; color: #000091; }
        """;

    public static string Payment(FakePayFipOperation operation) => Layout("Paiement PayFiP", $"""
        <dl>
          <dt>Montant</dt><dd class="montant">{Euros(operation.Montant)}</dd>
          <dt>Objet</dt><dd>{Encode(operation.Objet.Length > 0 ? operation.Objet : "—")}</dd>
          <dt>Référence de la dette</dt><dd>{Encode(operation.Refdet)}</dd>
          <dt>Adresse e-mail</dt><dd>{Encode(operation.Mel)}</dd>
        </dl>
        <form method="post" action="paiementws.web?idop={Uri.EscapeDataString(operation.IdOp)}">
          <button name="resultrans" value="P">Payer par carte</button>
          <button name="resultrans" value="V">Payer par prélèvement</button>
          <button name="resultrans" value="R" class="secondaire">Carte refusée</button>
          <button name="resultrans" value="Z" class="secondaire">Prélèvement refusé</button>
          <button name="resultrans" value="A" class="secondaire">Abandonner</button>
        </form>
        """);

    public static string Message(string title, string text) => Layout(title, $"<p>{Encode(text)}</p>");

    private static string Layout(string title, string content) => $$"""
        <!DOCTYPE html>
        <html lang="fr">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{{Encode(title)}} — simulation</title>
          <link rel="stylesheet" href="page.css">
        </head>
        <body>
          <p class="simulation" role="alert">Simulation — aucun paiement réel</p>
          <h1>{{Encode(title)}}</h1>
          {{content}}
        </body>
        </html>
        """;

    private static string Euros(long cents) => $"{cents / 100},{cents % 100:D2} €";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
