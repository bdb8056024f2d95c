namespace Platform.PaymentProviders.Sandboxes.PayFip;

/// <summary>One idOp the fake created, and the payer's last answer on its page. <see cref="Montant"/> is euro cents.</summary>
internal sealed class FakePayFipOperation(
    string idOp, string numcli, string exer, string refdet, long montant, string mel, string objet, string saisie, Uri urlnotif, Uri urlredirect, DateTimeOffset createdAt)
{
    public string IdOp { get; } = idOp;
    public string Numcli { get; } = numcli;
    public string Exer { get; } = exer;
    public string Refdet { get; } = refdet;
    public long Montant { get; } = montant;
    public string Mel { get; } = mel;
    public string Objet { get; } = objet;
    public string Saisie { get; } = saisie;
    public Uri UrlNotif { get; } = urlnotif;
    public Uri UrlRedirect { get; } = urlredirect;
    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>P, V, R, Z or A; null while the payer has not answered.</summary>
    public string? Resultrans { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>The authorisation number of a payment, shaped like PayFiP's ("112233445566-tip").</summary>
    public string? Numauto { get; private set; }

    public bool IsPaid => Resultrans is "P" or "V";

    public void Answer(string resultrans, DateTimeOffset at)
    {
        Resultrans = resultrans;
        AnsweredAt = at;
        Numauto = IsPaid ? $"{Random.Shared.NextInt64(100_000_000_000, 1_000_000_000_000)}-tip" : null;
    }
}
