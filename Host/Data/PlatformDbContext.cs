using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Booking;
using Platform.Core.Data;
using Platform.Host.Access;
using Platform.Host.Accounts;
using Platform.Host.Families;
using Platform.Host.Ordering;
using Platform.Host.Payments;
using Platform.Host.Tenancy;

namespace Platform.Host.Data;

/// <summary>The platform's own data: accounts, tenancy, families and service access.</summary>
public class PlatformDbContext(DbContextOptions options)
    : IdentityDbContext<PlatformUser, IdentityRole<Guid>, Guid>(options)
{
    public const string Schema = "platform";

    public DbSet<Collectivite> Collectivites => Set<Collectivite>();

    public DbSet<Commune> Communes => Set<Commune>();

    public DbSet<CommuneFeature> CommuneFeatures => Set<CommuneFeature>();

    public DbSet<Regie> Regies => Set<Regie>();

    public DbSet<Service> Services => Set<Service>();

    public DbSet<TariffCategory> TariffCategories => Set<TariffCategory>();

    public DbSet<RequiredDocument> RequiredDocuments => Set<RequiredDocument>();

    public DbSet<AgentCommune> AgentCommunes => Set<AgentCommune>();

    public DbSet<Family> Families => Set<Family>();

    public DbSet<FamilyAdult> FamilyAdults => Set<FamilyAdult>();

    public DbSet<Child> Children => Set<Child>();

    public DbSet<FamilyChild> FamilyChildren => Set<FamilyChild>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<AccessRequest> AccessRequests => Set<AccessRequest>();

    public DbSet<AccessRequestChild> AccessRequestChildren => Set<AccessRequestChild>();

    public DbSet<FamilyDocument> Documents => Set<FamilyDocument>();

    public DbSet<CartLine> CartLines => Set<CartLine>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<PaymentEvent> PaymentEvents => Set<PaymentEvent>();

    public DbSet<OrderNumberCounter> OrderNumberCounters => Set<OrderNumberCounter>();

    public DbSet<RegieProviderSettings> RegieProviderSettings => Set<RegieProviderSettings>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        ConfigureIdentity(builder);
        ConfigureTenancy(builder);
        ConfigureFamilies(builder);
        ConfigureAccess(builder);
        ConfigureOrdering(builder);
        ModuleStorage.Apply(builder, Schema, Database.ProviderName);
    }

    private static void ConfigureIdentity(ModelBuilder builder)
    {
        builder.Entity<PlatformUser>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.LastName).HasMaxLength(100);
            user.Property(u => u.FirstName).HasMaxLength(100);
            user.Property(u => u.AddressLine).HasMaxLength(200);
            user.Property(u => u.PostalCode).HasMaxLength(10);
            user.Property(u => u.City).HasMaxLength(100);
            user.Property(u => u.Civilite).HasConversion<string>().HasMaxLength(20);
        });
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
    }

    private static void ConfigureTenancy(ModelBuilder builder)
    {
        builder.Entity<Collectivite>(c =>
        {
            c.ToTable("collectivites");
            c.HasIndex(x => x.Slug).IsUnique();
            c.Property(x => x.Slug).HasMaxLength(60);
            c.Property(x => x.Name).HasMaxLength(200);
        });
        builder.Entity<Commune>(c =>
        {
            c.ToTable("communes");
            c.HasIndex(x => x.Slug).IsUnique();
            c.Property(x => x.Slug).HasMaxLength(60);
            c.Property(x => x.Name).HasMaxLength(200);
            c.Property(x => x.RefundsToWallet).HasDefaultValue(true);
            c.HasOne<Collectivite>().WithMany().HasForeignKey(x => x.CollectiviteId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<CommuneFeature>(f =>
        {
            f.ToTable("commune_features");
            f.HasKey(x => new { x.CommuneId, x.Kind, x.FeatureId });
            f.Property(x => x.Kind).HasMaxLength(20);
            f.Property(x => x.FeatureId).HasMaxLength(60);
            f.HasOne<Commune>().WithMany().HasForeignKey(x => x.CommuneId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Regie>(r =>
        {
            r.ToTable("regies");
            r.Property(x => x.Name).HasMaxLength(200);
            r.HasOne<Collectivite>().WithMany().HasForeignKey(x => x.CollectiviteId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Service>(s =>
        {
            s.ToTable("services");
            s.Property(x => x.ModuleId).HasMaxLength(60);
            s.Property(x => x.Name).HasMaxLength(200);
            s.Property(x => x.Description).HasMaxLength(2000);
            s.HasOne<Commune>().WithMany().HasForeignKey(x => x.CommuneId).OnDelete(DeleteBehavior.Restrict);
            s.HasOne<Regie>().WithMany().HasForeignKey(x => x.RegieId).OnDelete(DeleteBehavior.Restrict);
            s.HasMany(x => x.TariffCategories).WithOne().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
            s.HasMany(x => x.RequiredDocuments).WithOne().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<TariffCategory>(t =>
        {
            t.ToTable("tariff_categories");
            t.Property(x => x.Name).HasMaxLength(200);
        });
        builder.Entity<RequiredDocument>(d =>
        {
            d.ToTable("required_documents");
            d.Property(x => x.Name).HasMaxLength(200);
        });
        builder.Entity<AgentCommune>(a =>
        {
            a.ToTable("agent_communes");
            a.HasKey(x => new { x.UserId, x.CommuneId });
            a.HasOne<PlatformUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            a.HasOne<Commune>().WithMany().HasForeignKey(x => x.CommuneId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void ConfigureFamilies(ModelBuilder builder)
    {
        builder.Entity<Family>(f =>
        {
            f.ToTable("families");
            f.Property(x => x.Name).HasMaxLength(200);
            f.Property(x => x.CalendarTokenHash).HasMaxLength(64);
            f.HasIndex(x => x.CalendarTokenHash).IsUnique();
        });
        builder.Entity<FamilyAdult>(a =>
        {
            a.ToTable("family_adults");
            a.HasKey(x => new { x.FamilyId, x.UserId });
            a.HasIndex(x => x.UserId);
            a.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId).OnDelete(DeleteBehavior.Cascade);
            a.HasOne<PlatformUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Child>(c =>
        {
            c.ToTable("children");
            c.Property(x => x.LastName).HasMaxLength(100);
            c.Property(x => x.FirstName).HasMaxLength(100);
            c.Property(x => x.SchoolClass).HasMaxLength(40);
            c.Property(x => x.MedicalNotes).HasMaxLength(2000);
            c.Property(x => x.PhotoFile).HasMaxLength(100);
            c.Property(x => x.PhotoContentType).HasMaxLength(40);
        });
        builder.Entity<FamilyChild>(l =>
        {
            l.ToTable("family_children");
            l.HasKey(x => new { x.FamilyId, x.ChildId });
            l.HasIndex(x => x.ChildId);
            l.Property(x => x.Filiation).HasConversion<string>().HasMaxLength(20);
            l.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId).OnDelete(DeleteBehavior.Cascade);
            l.HasOne<Child>().WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Invitation>(i =>
        {
            i.ToTable("invitations");
            i.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            i.Property(x => x.Email).HasMaxLength(256);
            i.Property(x => x.TokenHash).HasMaxLength(64);
            i.HasIndex(x => x.TokenHash).IsUnique();
            i.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void ConfigureOrdering(ModelBuilder builder)
    {
        builder.Entity<CartLine>(l =>
        {
            l.ToTable("cart_lines");
            l.Property(x => x.ModuleId).HasMaxLength(60);
            l.Property(x => x.Commune).HasMaxLength(60);
            l.Property(x => x.Label).HasMaxLength(300);
            l.Property(x => x.PriceRule).HasMaxLength(BookingModel.PriceRuleLength);
            l.HasIndex(x => x.FamilyId);
            l.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Order>(o =>
        {
            o.ToTable("orders");
            o.Property(x => x.Number).HasMaxLength(30);
            o.HasIndex(x => x.Number).IsUnique();
            o.Property(x => x.Commune).HasMaxLength(60);
            o.Property(x => x.PaymentReference).HasMaxLength(30);
            o.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            o.Property(x => x.Kind).HasMaxLength(20).HasDefaultValue(CartBookingPurpose.OrderKind);
            o.Property(x => x.ModulesNotifiedOf).HasConversion<string>().HasMaxLength(20);
            o.HasIndex(x => new { x.State, x.ExpiresAtUtc });
            o.HasIndex(x => x.FamilyId);
            o.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId).OnDelete(DeleteBehavior.Restrict);
            o.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<OrderNumberCounter>(c =>
        {
            c.ToTable("order_number_counters");
            c.HasKey(x => x.Day);
            c.Property(x => x.Day).HasMaxLength(8);
        });
        builder.Entity<OrderLine>(l =>
        {
            l.ToTable("order_lines");
            l.Property(x => x.ModuleId).HasMaxLength(60);
            l.Property(x => x.Label).HasMaxLength(300);
            l.Property(x => x.PriceRule).HasMaxLength(BookingModel.PriceRuleLength);
        });
        builder.Entity<Payment>(p =>
        {
            p.ToTable("payments");
            p.Property(x => x.ProviderId).HasMaxLength(60);
            p.Property(x => x.ProviderReference).HasMaxLength(200);
            p.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            p.HasIndex(x => x.ActiveOrderId).IsUnique();
            p.HasIndex(x => new { x.ProviderId, x.ProviderReference });
            p.HasIndex(x => x.OrderId);
            p.HasOne<Order>().WithMany().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<PaymentEvent>(e =>
        {
            e.ToTable("payment_events");
            e.Property(x => x.ProviderId).HasMaxLength(60);
            e.Property(x => x.EventKey).HasMaxLength(200);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.ProviderId, x.EventKey }).IsUnique();
            e.HasOne<Payment>().WithMany().HasForeignKey(x => x.PaymentId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<RegieProviderSettings>(s =>
        {
            s.ToTable("regie_provider_settings");
            s.HasKey(x => new { x.RegieId, x.ProviderId });
            s.Property(x => x.ProviderId).HasMaxLength(60);
            s.Property(x => x.ProtectedValues).HasMaxLength(8000);
            s.HasOne<Regie>().WithMany().HasForeignKey(x => x.RegieId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void ConfigureAccess(ModelBuilder builder)
    {
        builder.Entity<AccessRequest>(r =>
        {
            r.ToTable("access_requests");
            r.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.RefusalReason).HasMaxLength(500);
            r.HasIndex(x => new { x.ServiceId, x.Status });
            r.HasIndex(x => x.FamilyId);
            r.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId).OnDelete(DeleteBehavior.Cascade);
            r.HasOne<Service>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);
            r.HasOne<TariffCategory>().WithMany().HasForeignKey(x => x.TariffCategoryId).OnDelete(DeleteBehavior.Restrict);
            r.HasMany(x => x.Children).WithOne().HasForeignKey(x => x.AccessRequestId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<AccessRequestChild>(c =>
        {
            c.ToTable("access_request_children");
            c.HasKey(x => new { x.AccessRequestId, x.ChildId });
            c.HasOne<Child>().WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<FamilyDocument>(d =>
        {
            d.ToTable("documents");
            d.Property(x => x.FileName).HasMaxLength(255);
            d.Property(x => x.ContentType).HasMaxLength(60);
            d.Property(x => x.StoredFile).HasMaxLength(100);
            d.HasIndex(x => x.AccessRequestId);
            d.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId).OnDelete(DeleteBehavior.Restrict);
            d.HasOne<RequiredDocument>().WithMany().HasForeignKey(x => x.RequiredDocumentId).OnDelete(DeleteBehavior.Restrict);
            d.HasOne<AccessRequest>().WithMany().HasForeignKey(x => x.AccessRequestId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

/// <summary>Carries the SQLite migrations.</summary>
public sealed class SqlitePlatformDbContext(DbContextOptions<SqlitePlatformDbContext> options) : PlatformDbContext(options);

/// <summary>Carries the SQL Server migrations.</summary>
public sealed class SqlServerPlatformDbContext(DbContextOptions<SqlServerPlatformDbContext> options) : PlatformDbContext(options);

/// <summary>Carries the PostgreSQL migrations.</summary>
public sealed class PostgreSqlPlatformDbContext(DbContextOptions<PostgreSqlPlatformDbContext> options) : PlatformDbContext(options);
