using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Core.Booking;
using Platform.Core.Data;

namespace Platform.Modules.Billing.Data;

public class BillingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<InvoiceLine> Lines => Set<InvoiceLine>();

    public DbSet<InvoiceCounter> Counters => Set<InvoiceCounter>();

    public DbSet<InvoicePayment> Payments => Set<InvoicePayment>();

    public DbSet<BillingCredit> Credits => Set<BillingCredit>();

    public DbSet<RegieBillingProfile> Profiles => Set<RegieBillingProfile>();

    public DbSet<InvoiceOrder> Orders => Set<InvoiceOrder>();

    public DbSet<InvoiceDebit> Debits => Set<InvoiceDebit>();

    public DbSet<RegiePesSettings> PesSettings => Set<RegiePesSettings>();

    public DbSet<PesRole> PesRoles => Set<PesRole>();

    public DbSet<TariffRule> TariffRules => Set<TariffRule>();

    public DbSet<QuotientDeclaration> Quotients => Set<QuotientDeclaration>();

    public DbSet<Absence> Absences => Set<Absence>();

    protected override string Schema => BillingModule.ModuleId;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var invoice = modelBuilder.Entity<Invoice>();
        invoice.ToTable("invoices", t =>
        {
            t.HasCheckConstraint("CK_billing_invoices_paid_within_total", "\"PaidCents\" >= 0 AND \"PaidCents\" <= \"TotalCents\"");
            t.HasCheckConstraint("CK_billing_invoices_credited_within_total", "\"CreditedCents\" >= 0 AND \"CreditedCents\" <= \"TotalCents\"");
        });
        invoice.Property(i => i.Kind).HasConversion<string>().HasMaxLength(12);
        invoice.Property(i => i.Number).HasMaxLength(20);
        invoice.Property(i => i.Commune).HasMaxLength(60);
        invoice.Property(i => i.Reason).HasMaxLength(200);
        invoice.HasIndex(i => new { i.RegieId, i.Year, i.Sequence }).IsUnique();
        invoice.Property(i => i.IssueKey).HasMaxLength(20);
        invoice.HasIndex(i => new { i.RegieId, i.FamilyId, i.IssueKey }).IsUnique();
        invoice.HasIndex(i => new { i.RegieId, i.Period });
        invoice.HasIndex(i => i.FamilyId);
        invoice.HasIndex(i => i.NoticeClaim);
        invoice.HasMany(i => i.Lines).WithOne().HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Restrict);

        var line = modelBuilder.Entity<InvoiceLine>();
        line.ToTable("invoice_lines");
        line.Property(l => l.ChargeKey).HasMaxLength(100);
        line.Property(l => l.ChildName).HasMaxLength(100);
        line.Property(l => l.Label).HasMaxLength(200);
        line.HasIndex(l => l.ChargeKey).IsUnique();

        var counter = modelBuilder.Entity<InvoiceCounter>();
        counter.ToTable("invoice_counters");
        counter.HasKey(c => new { c.RegieId, c.Year });

        var payment = modelBuilder.Entity<InvoicePayment>();
        payment.ToTable("payments");
        payment.Property(p => p.Channel).HasMaxLength(20);
        payment.Property(p => p.Reference).HasMaxLength(100);
        payment.HasIndex(p => p.Reference).IsUnique();
        payment.HasIndex(p => p.InvoiceId);
        payment.HasOne<Invoice>().WithMany().HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Restrict);

        var credit = modelBuilder.Entity<BillingCredit>();
        credit.ToTable("credits", t => t.HasCheckConstraint("CK_billing_credits_positive", "\"Cents\" > 0"));
        credit.Property(c => c.Reason).HasMaxLength(200);
        credit.Property(c => c.Reference).HasMaxLength(100);
        credit.HasIndex(c => c.Reference).IsUnique();
        credit.HasIndex(c => new { c.FamilyId, c.RegieId, c.UsedByInvoiceId });

        var order = modelBuilder.Entity<InvoiceOrder>();
        order.ToTable("invoice_orders");
        order.HasKey(o => o.OrderId);
        order.HasIndex(o => o.InvoiceId);

        var debit = modelBuilder.Entity<InvoiceDebit>();
        debit.ToTable("invoice_debits");
        debit.Property(d => d.State).HasConversion<string>().HasMaxLength(10);
        debit.Property(d => d.Reason).HasMaxLength(200);
        debit.HasIndex(d => d.InvoiceId);
        debit.HasIndex(d => d.OpenInvoiceId).IsUnique();
        debit.HasIndex(d => new { d.State, d.DueOn });

        var pes = modelBuilder.Entity<RegiePesSettings>();
        pes.ToTable("regie_pes_settings");
        pes.HasKey(p => p.RegieId);
        pes.Property(p => p.IdPost).HasMaxLength(7);
        pes.Property(p => p.IdColl).HasMaxLength(14);
        pes.Property(p => p.CodCol).HasMaxLength(3);
        pes.Property(p => p.CodBud).HasMaxLength(2);
        pes.Property(p => p.LibelleColBud).HasMaxLength(38);
        pes.Property(p => p.CodProdLoc).HasMaxLength(4);
        pes.Property(p => p.Nature).HasMaxLength(12);

        var role = modelBuilder.Entity<PesRole>();
        role.ToTable("pes_roles");
        role.HasKey(r => new { r.RegieId, r.Exer, r.IdBord });
        role.HasIndex(r => new { r.RegieId, r.Period }).IsUnique();

        var rule = modelBuilder.Entity<TariffRule>();
        rule.ToTable("tariff_rules");
        rule.HasKey(r => r.ServiceId);
        rule.Property(r => r.Brackets).HasConversion(Json.Converter<List<QuotientBracket>>(), Json.Comparer<QuotientBracket>()).HasMaxLength(1000);
        rule.Property(r => r.Siblings).HasConversion(Json.Converter<List<SiblingDiscount>>(), Json.Comparer<SiblingDiscount>()).HasMaxLength(500);

        var quotient = modelBuilder.Entity<QuotientDeclaration>();
        quotient.ToTable("quotients", t => t.HasCheckConstraint(
            "CK_billing_quotients_validated_complete",
            "\"Status\" <> 'Validated' OR (\"Value\" IS NOT NULL AND \"ValidFrom\" IS NOT NULL AND \"ValidTo\" IS NOT NULL AND \"ValidFrom\" <= \"ValidTo\")"));
        quotient.Property(q => q.Status).HasConversion<string>().HasMaxLength(10);
        quotient.Property(q => q.Organisation).HasMaxLength(3);
        quotient.Property(q => q.StoredFile).HasMaxLength(100);
        quotient.Property(q => q.ContentType).HasMaxLength(40);
        quotient.Property(q => q.RefusalReason).HasMaxLength(200);
        quotient.HasIndex(q => new { q.FamilyId, q.Status });
        quotient.HasIndex(q => new { q.Status, q.SentAtUtc });

        var absence = modelBuilder.Entity<Absence>();
        absence.ToTable("absences", t => t.HasCheckConstraint("CK_billing_absences_dates", "\"From\" <= \"To\""));
        absence.Property(a => a.CertificateFile).HasMaxLength(100);
        absence.Property(a => a.CertificateType).HasMaxLength(40);
        absence.HasIndex(a => new { a.FamilyId, a.ChildId, a.From });

        var profile = modelBuilder.Entity<RegieBillingProfile>();
        profile.ToTable("regie_profiles");
        profile.HasKey(p => p.RegieId);
        profile.Property(p => p.Address).HasMaxLength(300);
        profile.Property(p => p.Email).HasMaxLength(200);
        profile.Property(p => p.Phone).HasMaxLength(30);
    }
}

/// <summary>Carries the SQLite migrations.</summary>
public sealed class SqliteBillingDbContext(DbContextOptions<SqliteBillingDbContext> options) : BillingDbContext(options);

/// <summary>Carries the SQL Server migrations.</summary>
public sealed class SqlServerBillingDbContext(DbContextOptions<SqlServerBillingDbContext> options) : BillingDbContext(options);

/// <summary>Carries the PostgreSQL migrations.</summary>
public sealed class PostgreSqlBillingDbContext(DbContextOptions<PostgreSqlBillingDbContext> options) : BillingDbContext(options);

internal sealed class SqliteBillingDesignFactory : IDesignTimeDbContextFactory<SqliteBillingDbContext>
{
    public SqliteBillingDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<SqliteBillingDbContext>(DatabaseProvider.Sqlite, BillingModule.ModuleId));
}

internal sealed class SqlServerBillingDesignFactory : IDesignTimeDbContextFactory<SqlServerBillingDbContext>
{
    public SqlServerBillingDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<SqlServerBillingDbContext>(DatabaseProvider.SqlServer, BillingModule.ModuleId));
}

internal sealed class PostgreSqlBillingDesignFactory : IDesignTimeDbContextFactory<PostgreSqlBillingDbContext>
{
    public PostgreSqlBillingDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<PostgreSqlBillingDbContext>(DatabaseProvider.PostgreSql, BillingModule.ModuleId));
}
