namespace Platform.PaymentProviders.PayFip;

/// <summary>A <c>FonctionnelleErreur</c> fault: PayFiP refused the call's content (R3 refdet, A2 e-mail, P1, P5…).</summary>
internal sealed class PayFipRefusalException(string code, string libelle)
    : Exception($"PayFiP functional fault {code}: {libelle}")
{
    public string Code { get; } = code;

    public string Libelle { get; } = libelle;
}

/// <summary>PayFiP could not be reached or answered a technical fault or something unreadable: worth retrying later.</summary>
internal sealed class PayFipUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>PayFiP described an operation that is not the one we created (another numcli or refdet): never applied.</summary>
internal sealed class PayFipMismatchException(string message) : Exception(message);
