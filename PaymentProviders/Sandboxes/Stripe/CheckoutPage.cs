using Platform.Core.Application;

namespace Platform.PaymentProviders.Sandboxes.Stripe;

/// <summary>The simulated hosted payment page: what the payer sees after the portal sends them to Stripe.</summary>
internal static class CheckoutPage
{
    public const string Banner = "Simulation — aucun paiement réel";
    public const string Declined = "Votre carte a été refusée. Essayez une autre carte ou un autre moyen de paiement.";

    /// <summary>Served as a file (<c>pay.css</c>): the platform's Content-Security-Policy allows no inline style.</summary>
    public const string Css = """
        body { font-family: system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1a1f36; }
        main { max-width: 28rem; margin: 0 auto; padding: 1rem; }
        .banner { background: #ffe9a8; border: 1px solid #e0b100; border-radius: .5rem; padding: .5rem .75rem; font-weight: 600; text-align: center; }
        section { background: #fff; border-radius: .75rem; padding: 1rem 1.25rem; margin-top: 1rem; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
        ul { list-style: none; padding: 0; } li { display: flex; justify-content: space-between; gap: 1rem; padding: .25rem 0; }
        .total { font-size: 1.5rem; font-weight: 700; }
        button { display: block; width: 100%; min-height: 3rem; margin-top: .75rem; font-size: 1.05rem; border-radius: .5rem; border: 1px solid #8792a2; background: #fff; }
        button.pay { background: #0055d4; border-color: #0055d4; color: #fff; font-weight: 600; }
        button.quiet { border-style: dashed; }
        .alert { background: #fde2e1; border: 1px solid #d8342c; border-radius: .5rem; padding: .5rem .75rem; }
        .notice, .hint { color: #4f566b; }
        """;

    public static string Render(CheckoutSession session, string? notice = null)
    {
        var lines = string.Concat(session.LineItems.Select(item =>
            $"<li><span>{Text(item.Name)}{(item.Quantity > 1 ? $" × {item.Quantity}" : "")}</span><span>{Text(Euros.Format(item.UnitAmount * item.Quantity))}</span></li>"));
        var body = session.Status switch
        {
            "open" => $"""
                <form method="post">
                  <button name="action" value="pay" class="pay">Payer {Text(Euros.Format(session.AmountTotal))}</button>
                  <button name="action" value="refuse">Refuser</button>
                  <button name="action" value="abandon" class="quiet">Abandonner</button>
                </form>
                <p class="hint">« Refuser » simule une carte refusée par la banque ; « Abandonner » ramène au portail sans payer.</p>
                """,
            "complete" => "<p class=\"notice\">Ce paiement a déjà été effectué.</p>",
            _ => "<p class=\"notice\">Cette page de paiement a expiré : retournez sur le portail pour recommencer.</p>",
        };
        var alert = notice is null ? "" : $"<p class=\"alert\" role=\"alert\">{Text(notice)}</p>";
        return $$"""
            <!DOCTYPE html>
            <html lang="fr">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Paiement par carte — {{Banner}}</title>
              <link rel="stylesheet" href="../pay.css">
            </head>
            <body>
              <main>
                <p class="banner">{{Banner}}</p>
                <section>
                  <h1>Paiement par carte</h1>
                  <ul>{{lines}}</ul>
                  <p class="total">Total : {{Text(Euros.Format(session.AmountTotal))}}</p>
                  {{alert}}
                  {{body}}
                </section>
              </main>
            </body>
            </html>
            """;
    }

    /// <summary>Escapes markup only, so that accented French stays readable in the page source.</summary>
    private static string Text(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    public static string Missing() => $"""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Paiement introuvable</title></head>
        <body><main><p>{Banner}</p><p>Cette page de paiement n'existe pas.</p></main></body></html>
        """;
}
