namespace Platform.PaymentProviders.Sepa.Domain;

/// <summary>A debtor's authorisation for one creditor (a régie) to debit an account. Its key is ICS + RUM.</summary>
public sealed class Mandate
{
    public const int LapseMonths = 36;

    public const int AddressLength = 140;

    public Guid Id { get; private set; }

    public Guid RegieId { get; private set; }

    public Guid FamilyId { get; private set; }

    /// <summary>Référence unique du mandat: unique per creditor, at most 35 SEPA characters.</summary>
    public string Rum { get; private set; } = "";

    /// <summary>The creditor as the debtor read it when signing.</summary>
    public string CreditorName { get; private set; } = "";

    public string CreditorIdentifier { get; private set; } = "";

    public string DebtorName { get; private set; } = "";

    public string DebtorAddress { get; private set; } = "";

    public string Iban { get; private set; } = "";

    public string? Bic { get; private set; }

    public MandateKind Kind { get; private set; }

    public DateOnly SignedOn { get; private set; }

    public DateOnly? RevokedOn { get; private set; }

    public DateOnly? LastCollectedOn { get; private set; }

    public SequenceType SequenceType => Kind == MandateKind.Recurrent ? SequenceType.RCUR : SequenceType.OOFF;

    public static Mandate Sign(MandateSignature signature, string rum, DateOnly today)
    {
        if (!SepaText.IsValidIdentifier(rum))
        {
            throw new ArgumentException($"'{rum}' is not a SEPA mandate reference.", nameof(rum));
        }

        return new Mandate
        {
            Id = Guid.NewGuid(),
            RegieId = signature.RegieId,
            FamilyId = signature.FamilyId,
            Rum = rum,
            CreditorName = signature.Creditor.Name,
            CreditorIdentifier = signature.Creditor.Identifier.Value,
            DebtorName = SepaText.Name(signature.DebtorName),
            DebtorAddress = SepaText.Limit(signature.DebtorAddress, AddressLength),
            Iban = signature.Iban.Value,
            Bic = signature.Bic?.Value,
            Kind = signature.Kind,
            SignedOn = today,
        };
    }

    public MandateState StateOn(DateOnly today)
    {
        if (RevokedOn is not null)
        {
            return MandateState.Revoked;
        }

        if (Kind == MandateKind.OneOff && LastCollectedOn is not null)
        {
            return MandateState.Used;
        }

        return (LastCollectedOn ?? SignedOn).AddMonths(LapseMonths) <= today ? MandateState.Lapsed : MandateState.Active;
    }

    /// <summary>Records a collection on <paramref name="today"/>; false (and nothing changes) unless the mandate is active.</summary>
    public bool TryCollect(DateOnly today)
    {
        if (StateOn(today) != MandateState.Active)
        {
            return false;
        }

        LastCollectedOn = today;
        return true;
    }

    public bool TryRevoke(DateOnly today)
    {
        if (StateOn(today) != MandateState.Active)
        {
            return false;
        }

        RevokedOn = today;
        return true;
    }
}

/// <summary>What the debtor entered and accepted, already checked.</summary>
public sealed record MandateSignature(
    Guid RegieId, Guid FamilyId, Creditor Creditor, string DebtorName, string DebtorAddress, Iban Iban, Bic? Bic, MandateKind Kind);

/// <summary>The régie as a SEPA creditor.</summary>
public sealed record Creditor(string Name, CreditorIdentifier Identifier);
