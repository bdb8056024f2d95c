namespace Platform.Modules.Wallet.Data;

/// <summary>One scope of a family's wallet with its balance, kept equal to the sum of its ledger entries.</summary>
public sealed class WalletAccount
{
    /// <summary>The scope of the global line: a sentinel rather than null, so that (family, scope) is unique.</summary>
    public static readonly Guid GlobalScope = Guid.Empty;

    public Guid Id { get; set; }

    public Guid FamilyId { get; set; }

    /// <summary>The service the credits are restricted to, or <see cref="GlobalScope"/>.</summary>
    public Guid ScopeServiceId { get; set; }

    /// <summary>Never negative: a check constraint in the database refuses it whatever the code does.</summary>
    public long BalanceCents { get; set; }
}

public enum LedgerKind
{
    Credit,
    Spend,
    Refund,
}

/// <summary>An append-only movement: never updated, never deleted.</summary>
public sealed class LedgerEntry
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public Guid FamilyId { get; set; }

    public Guid ScopeServiceId { get; set; }

    public LedgerKind Kind { get; set; }

    /// <summary>Positive for credits and refunds, negative for spends.</summary>
    public long Cents { get; set; }

    public required string Reason { get; set; }

    /// <summary>The receipt number, payment id or refund id this movement belongs to.</summary>
    public required string Reference { get; set; }

    /// <summary>For a refund: the spend it gives back.</summary>
    public string? SpendReference { get; set; }

    /// <summary>The régie that received (credit) or spent (spend, refund) the money.</summary>
    public Guid RegieId { get; set; }

    public Guid? ActorId { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}

public enum TopUpState
{
    /// <summary>Ordered, waiting for the card payment.</summary>
    Held,

    Credited,

    /// <summary>The order expired or was cancelled unpaid.</summary>
    Released,
}

/// <summary>A top-up the family ordered: credited to the global line once its order is paid, exactly once.</summary>
public sealed class TopUp
{
    /// <summary>The order line: one top-up per line.</summary>
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public Guid FamilyId { get; set; }

    public Guid RegieId { get; set; }

    public long Cents { get; set; }

    public TopUpState State { get; set; }
}
