namespace Platform.PaymentProviders.Sepa.Domain;

public enum MandateState
{
    Active,

    /// <summary>The debtor withdrew it: nothing more is collected.</summary>
    Revoked,

    /// <summary>Unused for 36 months: void under the SEPA rules, a new mandate must be signed.</summary>
    Lapsed,

    /// <summary>A one-off mandate whose single collection was made.</summary>
    Used,
}

public enum MandateKind
{
    Recurrent,
    OneOff,
}

/// <summary>PmtTpInf/SeqTp. Recurrent mandates always send RCUR (FRST is optional since the 2016 rulebook).</summary>
public enum SequenceType
{
    RCUR,
    OOFF,
}
