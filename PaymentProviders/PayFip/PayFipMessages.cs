namespace Platform.PaymentProviders.PayFip;

/// <summary>What a parent reads when PayFiP refuses to start a payment.</summary>
internal static class PayFipMessages
{
    public const string EurosOnly = "PayFiP n'encaisse que des paiements en euros.";

    public const string NoOnlineRefund =
        "PayFiP ne permet pas de rembourser en ligne : la régie rembourse la famille par une opération comptable.";

    public static string Refusal(PayFipRefusalException refusal, string mel) => refusal.Code switch
    {
        "A2" => $"PayFiP n'accepte pas l'adresse e-mail « {mel} ». Corrigez-la dans votre compte puis recommencez le paiement.",
        "R3" => "PayFiP n'accepte pas la référence de ce paiement. Recommencez le paiement ; si cela se reproduit, prévenez la régie.",
        _ => $"PayFiP a refusé ce paiement ({refusal.Code} : {refusal.Libelle}). Recommencez plus tard ou prévenez la régie.",
    };
}
