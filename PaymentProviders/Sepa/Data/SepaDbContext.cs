using Microsoft.EntityFrameworkCore;
using Platform.Core.Data;
using Platform.PaymentProviders.Sepa.Domain;

namespace Platform.PaymentProviders.Sepa.Data;

public class SepaDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "sepa";

    public DbSet<Mandate> Mandates => Set<Mandate>();

    public DbSet<SepaCollection> Collections => Set<SepaCollection>();

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var mandate = modelBuilder.Entity<Mandate>();
        mandate.ToTable("mandates");
        mandate.Ignore(m => m.SequenceType);
        mandate.Property(m => m.Rum).HasMaxLength(SepaText.IdentifierLength);
        mandate.Property(m => m.CreditorName).HasMaxLength(SepaText.NameLength);
        mandate.Property(m => m.CreditorIdentifier).HasMaxLength(35);
        mandate.Property(m => m.DebtorName).HasMaxLength(SepaText.NameLength);
        mandate.Property(m => m.DebtorAddress).HasMaxLength(Mandate.AddressLength);
        mandate.Property(m => m.Iban).HasMaxLength(34);
        mandate.Property(m => m.Bic).HasMaxLength(11);
        mandate.Property(m => m.Kind).HasConversion<string>().HasMaxLength(10);
        mandate.HasIndex(m => new { m.RegieId, m.Rum }).IsUnique();
        mandate.HasIndex(m => m.FamilyId);

        var collection = modelBuilder.Entity<SepaCollection>();
        collection.ToTable("collections");
        collection.Property(c => c.EndToEndId).HasMaxLength(SepaText.IdentifierLength);
        collection.Property(c => c.RemittanceText).HasMaxLength(SepaText.RemittanceLength);
        collection.Property(c => c.SequenceType).HasConversion<string>().HasMaxLength(4);
        collection.HasIndex(c => c.PaymentId).IsUnique();
        collection.HasIndex(c => c.EndToEndId).IsUnique();
        collection.HasIndex(c => new { c.RegieId, c.DueDate });
        collection.Property(c => c.FileMessageId).HasMaxLength(SepaText.IdentifierLength);
        collection.Property(c => c.ReturnReason).HasMaxLength(4);
        collection.HasOne<Mandate>().WithMany().HasForeignKey(c => c.MandateId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Carries the SQLite migrations.</summary>
public sealed class SqliteSepaDbContext(DbContextOptions<SqliteSepaDbContext> options) : SepaDbContext(options);

/// <summary>Carries the SQL Server migrations.</summary>
public sealed class SqlServerSepaDbContext(DbContextOptions<SqlServerSepaDbContext> options) : SepaDbContext(options);

/// <summary>Carries the PostgreSQL migrations.</summary>
public sealed class PostgreSqlSepaDbContext(DbContextOptions<PostgreSqlSepaDbContext> options) : SepaDbContext(options);
