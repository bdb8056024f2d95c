using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Core.Data;

namespace Platform.Modules.Wallet.Data;

public class WalletDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<WalletAccount> Accounts => Set<WalletAccount>();

    public DbSet<LedgerEntry> Ledger => Set<LedgerEntry>();

    public DbSet<TopUp> TopUps => Set<TopUp>();

    protected override string Schema => WalletModule.ModuleId;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var account = modelBuilder.Entity<WalletAccount>();
        account.ToTable("accounts", t => t.HasCheckConstraint("CK_wallet_accounts_balance_not_negative", "\"BalanceCents\" >= 0"));
        account.HasIndex(a => new { a.FamilyId, a.ScopeServiceId }).IsUnique();

        var entry = modelBuilder.Entity<LedgerEntry>();
        entry.ToTable("ledger");
        entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(10);
        entry.Property(e => e.Reason).HasMaxLength(200);
        entry.Property(e => e.Reference).HasMaxLength(100);
        entry.Property(e => e.SpendReference).HasMaxLength(100);
        entry.HasIndex(e => new { e.Kind, e.Reference, e.AccountId }).IsUnique();
        entry.HasIndex(e => new { e.FamilyId, e.CreatedAtUtc });
        entry.HasIndex(e => e.SpendReference);
        entry.HasOne<WalletAccount>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Restrict);

        var topUp = modelBuilder.Entity<TopUp>();
        topUp.ToTable("top_ups");
        topUp.Property(t => t.State).HasConversion<string>().HasMaxLength(10);
        topUp.HasIndex(t => t.OrderId);
    }
}

/// <summary>Carries the SQLite migrations.</summary>
public sealed class SqliteWalletDbContext(DbContextOptions<SqliteWalletDbContext> options) : WalletDbContext(options);

/// <summary>Carries the SQL Server migrations.</summary>
public sealed class SqlServerWalletDbContext(DbContextOptions<SqlServerWalletDbContext> options) : WalletDbContext(options);

/// <summary>Carries the PostgreSQL migrations.</summary>
public sealed class PostgreSqlWalletDbContext(DbContextOptions<PostgreSqlWalletDbContext> options) : WalletDbContext(options);

internal sealed class SqliteWalletDesignFactory : IDesignTimeDbContextFactory<SqliteWalletDbContext>
{
    public SqliteWalletDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<SqliteWalletDbContext>(DatabaseProvider.Sqlite, WalletModule.ModuleId));
}

internal sealed class SqlServerWalletDesignFactory : IDesignTimeDbContextFactory<SqlServerWalletDbContext>
{
    public SqlServerWalletDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<SqlServerWalletDbContext>(DatabaseProvider.SqlServer, WalletModule.ModuleId));
}

internal sealed class PostgreSqlWalletDesignFactory : IDesignTimeDbContextFactory<PostgreSqlWalletDbContext>
{
    public PostgreSqlWalletDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<PostgreSqlWalletDbContext>(DatabaseProvider.PostgreSql, WalletModule.ModuleId));
}
