namespace Platform.Core.Wallet;

/// <summary>Read and write port over the families' prepaid wallets (porte-monnaie), implemented by the Wallet module.
/// 1 credit = 1 euro; amounts are euro cents. A wallet holds one line per scope: global to the collectivité, or
/// restricted to one service.</summary>
public interface IWalletLedger
{
    Task<WalletBalance> BalanceAsync(Guid familyId, CancellationToken cancellationToken);

    /// <summary>Adds money to one scope (counter payment, top-up, refund). Idempotent on <see cref="WalletCredit.Reference"/>.</summary>
    Task<WalletMovementResult> CreditAsync(WalletCredit credit, CancellationToken cancellationToken);

    /// <summary>Takes money for one or more services: for each, the credits scoped to it first, then the global ones.
    /// Never makes a line negative; all or nothing; idempotent on <see cref="WalletSpend.Reference"/>.</summary>
    Task<WalletMovementResult> SpendAsync(WalletSpend spend, CancellationToken cancellationToken);

    /// <summary>Gives back part or all of a spend to the scopes it was taken from, the last-taken scope first.
    /// Idempotent on <see cref="WalletRefund.Reference"/>.</summary>
    Task<WalletMovementResult> RefundAsync(WalletRefund refund, CancellationToken cancellationToken);

    /// <summary>What a spend took, net of its refunds: 0 when it never happened.</summary>
    Task<long> NetSpentAsync(Guid familyId, string spendReference, CancellationToken cancellationToken);
}

/// <param name="ServiceId">Null for the global scope.</param>
public sealed record WalletCredit(Guid FamilyId, Guid? ServiceId, Guid RegieId, long Cents, string Reason, string Reference, Guid? ActorId);

public sealed record WalletSpend(Guid FamilyId, Guid RegieId, IReadOnlyList<WalletPortion> Portions, string Reason, string Reference)
{
    public long Cents => Portions.Sum(p => p.Cents);
}

public sealed record WalletPortion(Guid ServiceId, long Cents);

public sealed record WalletRefund(Guid FamilyId, string SpendReference, long Cents, string Reason, string Reference);

public sealed record WalletBalance(Guid FamilyId, long TotalCents, IReadOnlyList<WalletLine> Lines)
{
    /// <summary>What can be spent on these services: the global credits and those scoped to one of them.</summary>
    public long SpendableFor(IReadOnlySet<Guid> serviceIds) => Lines.Where(l => l.ServiceId is not { } service || serviceIds.Contains(service)).Sum(l => l.Cents);
}

/// <param name="ServiceId">Null for the global scope.</param>
public sealed record WalletLine(Guid? ServiceId, long Cents);

public enum WalletMovementStatus
{
    Done,

    /// <summary>The same reference was already applied: nothing changed.</summary>
    AlreadyDone,

    InsufficientFunds,

    /// <summary>A refund larger than what is left of its spend, or of a spend that does not exist.</summary>
    NothingToRefund,
}

public sealed record WalletMovementResult(WalletMovementStatus Status, WalletBalance Balance)
{
    public bool Succeeded => Status is WalletMovementStatus.Done or WalletMovementStatus.AlreadyDone;
}
