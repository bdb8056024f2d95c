using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Npgsql;
using Platform.Core.Billing;
using Platform.Core.Data;
using Platform.Core.Email;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Application;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Tests;

/// <summary>The Billing module on a real, migrated database (a SQLite file, or a fresh PostgreSQL database on the
/// server named by PLATFORM_TEST_POSTGRES), with the ports it reads (charges, families, régies, email) as seams.
/// Each service is built on its own context, like separate requests. Today is 1 July 2027 in Paris.</summary>
public sealed class BillingWorld : IAsyncDisposable
{
    public static readonly Guid RegieA = Guid.NewGuid();
    public static readonly Guid RegieB = Guid.NewGuid();
    public static readonly Guid Garderie = Guid.NewGuid();
    public static readonly DateOnly June = new(2027, 6, 1);
    public static readonly ClaimsPrincipal AgentOfA = new(new ClaimsIdentity([new Claim(ClaimTypes.Role, "agent")], "test"));

    private readonly DatabaseSettings settings;
    private readonly string? postgresDatabase;

    private BillingWorld(DatabaseSettings settings, string? postgresDatabase)
    {
        this.settings = settings;
        this.postgresDatabase = postgresDatabase;
    }

    /// <summary>What the modules would report, with the régie of each charge.</summary>
    public List<(Guid Regie, InvoiceCharge Charge)> Charges { get; } = [];

    public List<EmailMessage> Emails { get; } = [];

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 7, 1, 4, 0, 0, TimeSpan.Zero));

    public static async Task<BillingWorld> CreateAsync(string database)
    {
        BillingWorld world;
        if (database == "postgres")
        {
            var server = Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";
            var name = $"billing_{Guid.NewGuid():N}";
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                await create.ExecuteNonQueryAsync();
            }

            world = new BillingWorld(new DatabaseSettings(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString), name);
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"billing-{Guid.NewGuid():N}.db");
            world = new BillingWorld(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file};Default Timeout=30"), null);
        }

        await using var db = world.Context();
        await db.Database.MigrateAsync();
        return world;
    }

    public BillingDbContext Context()
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var options = new DbContextOptionsBuilder<SqliteBillingDbContext>();
            settings.Configure(options, BillingModule.ModuleId);
            return new SqliteBillingDbContext(options.Options);
        }

        var postgres = new DbContextOptionsBuilder<PostgreSqlBillingDbContext>();
        settings.Configure(postgres, BillingModule.ModuleId);
        return new PostgreSqlBillingDbContext(postgres.Options);
    }

    /// <summary>Adds <paramref name="count"/> charges of <paramref name="cents"/>, a day apart from
    /// <paramref name="from"/> (1 June 2027), for a family at a régie (A unless said).</summary>
    public void Charge(Guid familyId, int count, long cents, Guid? regie = null, DateOnly? from = null)
    {
        var day = from ?? June;
        for (var i = 0; i < count; i++)
        {
            Charges.Add((regie ?? RegieA, new InvoiceCharge($"test:{Guid.NewGuid():N}", familyId, Garderie, null, day.AddDays(i % 28), "Garderie – Soir", 1, cents)));
        }
    }

    public InvoiceRun Run() => Run(Context());

    public InvoicePayments Payments() => new(Context(), Clock);

    public FamilyInvoices Views() => new(Context(), Clock);

    public CreditNotes CreditNotes()
    {
        var db = Context();
        return new CreditNotes(db, new InvoicePayments(db, Clock), RegieDirectory(), Notices(db), Clock);
    }

    public async ValueTask DisposeAsync()
    {
        if (postgresDatabase is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres");
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private InvoiceRun Run(BillingDbContext db)
    {
        var charges = new Mock<IInvoiceCharges>();
        charges.Setup(c => c.ChargesAsync(It.IsAny<Guid>(), It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Guid regie, DateOnly from, DateOnly until, CancellationToken _) =>
                Charges.Where(c => c.Regie == regie && c.Charge.Date >= from && c.Charge.Date < until).Select(c => c.Charge).ToList());
        var families = new Mock<IFamilyDirectory>();
        families.Setup(f => f.ChildrenAsync(It.IsAny<IReadOnlyCollection<Guid>>(), It.IsAny<CancellationToken>())).ReturnsAsync(new Dictionary<Guid, ChildSummary>());
        var catalog = new Mock<IServiceCatalog>();
        catalog.Setup(c => c.FindAsync(Garderie, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ServiceSummary(Garderie, "alpha", "Alpha", "garderie", RegieA, "Garderie d'Alpha", null, [], []));
        return new InvoiceRun(db, [charges.Object], families.Object, catalog.Object, Notices(db), Clock, NullLogger<InvoiceRun>.Instance);
    }

    private InvoiceNotices Notices(BillingDbContext db)
    {
        var families = new Mock<IFamilyDirectory>();
        families.Setup(f => f.FindAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Guid id, CancellationToken _) => new FamilySummary(id, "Famille Test", [$"{id:N}@example.org"]));
        var email = new Mock<IEmailSender>();
        email.Setup(e => e.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()))
            .Callback((EmailMessage message, CancellationToken _) => { lock (Emails) { Emails.Add(message); } })
            .Returns(Task.CompletedTask);
        var urls = new Mock<IPublicUrls>();
        urls.Setup(u => u.For(It.IsAny<string>())).Returns((string path) => $"https://portail.example.org{path}");
        return new InvoiceNotices(db, families.Object, RegieDirectory(), email.Object, urls.Object, Clock, NullLogger<InvoiceNotices>.Instance);
    }

    private static IRegieDirectory RegieDirectory()
    {
        var regies = new Mock<IRegieDirectory>();
        var a = new RegieSummary(RegieA, "Régie A", "Collectivité", ["alpha"]);
        regies.Setup(r => r.FindAsync(RegieA, It.IsAny<CancellationToken>())).ReturnsAsync(a);
        regies.Setup(r => r.ForAgentAsync(AgentOfA, It.IsAny<CancellationToken>())).ReturnsAsync([a]);
        regies.Setup(r => r.ForAgentAsync(It.Is<ClaimsPrincipal>(p => p != AgentOfA), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        return regies.Object;
    }
}
