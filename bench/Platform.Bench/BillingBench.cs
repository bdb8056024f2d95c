using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Npgsql;
using NpgsqlTypes;
using Platform.Core.Billing;
using Platform.Core.Data;
using Platform.Core.Email;
using Platform.Core.Tenancy;
using Platform.Modules.Billing;
using Platform.Modules.Billing.Application;
using Platform.Modules.Billing.Data;

namespace Platform.Bench;

/// <param name="RunSeconds">The monthly run: reading the charges, numbering, writing invoices and lines, claiming each email.</param>
/// <param name="BulkSeconds">The same invoice and line rows written by the fastest plain means of the database
/// (prepared inserts in one transaction on SQLite, binary COPY on PostgreSQL), on an empty copy of the same tables.</param>
public sealed record BillingFigures(int Families, int Lines, double RunSeconds, double BulkSeconds)
{
    public double Ratio => RunSeconds / BulkSeconds;
}

/// <summary>The monthly invoice run of a régie beside a raw bulk insert of the same rows, in the same process and on
/// the same database server, so the ratio holds whatever the machine's speed that day.</summary>
public static class BillingBench
{
    private static readonly Guid Regie = Guid.NewGuid();
    private static readonly Guid Service = Guid.NewGuid();
    private static readonly DateOnly June = new(2027, 6, 1);

    public static async Task<BillingFigures> RunAsync(string database, string? postgresServer, int families, int linesPerFamily)
    {
        var charges = Charges(families, linesPerFamily);
        var run = await OnFreshDatabaseAsync(database, postgresServer, async settings =>
        {
            var clock = TimeProvider.System;
            await using var db = Context(settings);
            var invoiceRun = new InvoiceRun(db, [Source(charges)], Families(), Catalog(), Notices(Context(settings), clock), clock, NullLogger<InvoiceRun>.Instance);
            var watch = Stopwatch.StartNew();
            var report = await invoiceRun.RunAsync(Regie, June, default);
            watch.Stop();
            if (report.Issued != families)
            {
                throw new InvalidOperationException($"The run issued {report.Issued} invoices for {families} families.");
            }

            return watch.Elapsed.TotalSeconds;
        });
        var bulk = await OnFreshDatabaseAsync(database, postgresServer, async settings =>
        {
            var watch = Stopwatch.StartNew();
            await (settings.Provider == DatabaseProvider.Sqlite ? SqliteBulkAsync(settings, charges) : PostgresBulkAsync(settings, charges));
            return watch.Elapsed.TotalSeconds;
        });
        return new BillingFigures(families, charges.Count, run, bulk);
    }

    private static List<InvoiceCharge> Charges(int families, int linesPerFamily) =>
        Enumerable.Range(0, families).SelectMany(f =>
        {
            var family = new Guid(f, 0, 0, new byte[8]);
            return Enumerable.Range(0, linesPerFamily).Select(l =>
                new InvoiceCharge($"bench:{f}:{l}", family, Service, family, June.AddDays(l % 28), "Garderie – Soir 16:30-18:30", 1, 250));
        }).ToList();

    /// <summary>The rows the run writes, as one INSERT per row prepared once, in one transaction.</summary>
    private static async Task SqliteBulkAsync(DatabaseSettings settings, List<InvoiceCharge> charges)
    {
        await using var connection = new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var invoice = Prepared(connection, transaction,
            "INSERT INTO billing_invoices (Id, RegieId, FamilyId, Commune, Kind, Year, Sequence, Number, IssueKey, Period, IssuedOn, DueOn, TotalCents, PaidCents, Reason, CreatedAtUtc) " +
            "VALUES ($id, $regie, $family, 'bench', 'Invoice', 2027, $sequence, $number, '2027-06', '2027-06-01', '2027-07-01', '2027-07-16', $total, 0, 'Facture de juin 2027', '2027-07-01 05:00:00')",
            "$id", "$regie", "$family", "$sequence", "$number", "$total");
        var line = Prepared(connection, transaction,
            "INSERT INTO billing_invoice_lines (Id, InvoiceId, ChargeKey, ServiceId, ChildId, ChildName, Date, Label, Quantity, UnitCents, TotalCents) " +
            "VALUES ($id, $invoice, $key, $service, $child, NULL, $date, $label, 1, $cents, $cents)",
            "$id", "$invoice", "$key", "$service", "$child", "$date", "$label", "$cents");
        var sequence = 0;
        foreach (var family in charges.GroupBy(c => c.FamilyId))
        {
            var invoiceId = Guid.NewGuid();
            sequence++;
            Run(invoice, invoiceId, Regie, family.Key, sequence, $"F2027-{sequence:D5}", family.Sum(c => c.UnitCents));
            foreach (var charge in family)
            {
                Run(line, Guid.NewGuid(), invoiceId, charge.Key, charge.ServiceId, charge.ChildId!, charge.Date.ToString("yyyy-MM-dd"), charge.Label, charge.UnitCents);
            }
        }

        await transaction.CommitAsync();
    }

    private static SqliteCommand Prepared(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] is Guid id ? id.ToString().ToUpperInvariant() : values[i];
        }

        command.ExecuteNonQuery();
    }

    /// <summary>The rows the run writes, by binary COPY in one transaction.</summary>
    private static async Task PostgresBulkAsync(DatabaseSettings settings, List<InvoiceCharge> charges)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var invoices = charges.GroupBy(c => c.FamilyId).Select((family, index) => (Id: Guid.NewGuid(), Family: family, Sequence: index + 1)).ToList();
        await using (var writer = await connection.BeginBinaryImportAsync(
                         "COPY billing.invoices (\"Id\", \"RegieId\", \"FamilyId\", \"Commune\", \"Kind\", \"Year\", \"Sequence\", \"Number\", \"IssueKey\", \"Period\", \"IssuedOn\", \"DueOn\", \"TotalCents\", \"PaidCents\", \"Reason\", \"CreatedAtUtc\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, family, sequence) in invoices)
            {
                await writer.WriteRowAsync(default, id, Regie, family.Key, "bench", "Invoice", 2027, sequence, $"F2027-{sequence:D5}", "2027-06",
                    June, new DateOnly(2027, 7, 1), new DateOnly(2027, 7, 16), family.Sum(c => c.UnitCents), 0L, "Facture de juin 2027", DateTime.UtcNow);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
                         "COPY billing.invoice_lines (\"Id\", \"InvoiceId\", \"ChargeKey\", \"ServiceId\", \"ChildId\", \"Date\", \"Label\", \"Quantity\", \"UnitCents\", \"TotalCents\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, family, _) in invoices)
            {
                foreach (var charge in family)
                {
                    await writer.StartRowAsync();
                    await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
                    await writer.WriteAsync(id, NpgsqlDbType.Uuid);
                    await writer.WriteAsync(charge.Key, NpgsqlDbType.Varchar);
                    await writer.WriteAsync(charge.ServiceId, NpgsqlDbType.Uuid);
                    await writer.WriteAsync(charge.ChildId!.Value, NpgsqlDbType.Uuid);
                    await writer.WriteAsync(charge.Date, NpgsqlDbType.Date);
                    await writer.WriteAsync(charge.Label, NpgsqlDbType.Varchar);
                    await writer.WriteAsync(1, NpgsqlDbType.Integer);
                    await writer.WriteAsync(charge.UnitCents, NpgsqlDbType.Bigint);
                    await writer.WriteAsync(charge.UnitCents, NpgsqlDbType.Bigint);
                }
            }

            await writer.CompleteAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task<double> OnFreshDatabaseAsync(string database, string? postgresServer, Func<DatabaseSettings, Task<double>> measure)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"billing-bench-{Guid.NewGuid():N}");
        var settings = database == "sqlite"
            ? new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(Directory.CreateDirectory(directory).FullName, "billing.db")};Default Timeout=30")
            : new DatabaseSettings(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(postgresServer) { Database = $"billing_bench_{Guid.NewGuid():N}" }.ConnectionString);
        if (settings.Provider == DatabaseProvider.PostgreSql)
        {
            await using var admin = new NpgsqlConnection(postgresServer);
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{new NpgsqlConnectionStringBuilder(settings.ConnectionString).Database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        try
        {
            await using (var db = Context(settings))
            {
                await db.Database.MigrateAsync();
                if (settings.Provider == DatabaseProvider.Sqlite)
                {
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
                }
            }

            return await measure(settings);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (settings.Provider == DatabaseProvider.PostgreSql)
            {
                await Scenarios.DropAsync(settings.ConnectionString);
            }
            else
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static BillingDbContext Context(DatabaseSettings settings)
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

    private static IInvoiceCharges Source(List<InvoiceCharge> charges)
    {
        var source = new Mock<IInvoiceCharges>();
        source.Setup(s => s.ChargesAsync(Regie, It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>())).ReturnsAsync(charges);
        return source.Object;
    }

    private static IFamilyDirectory Families()
    {
        var families = new Mock<IFamilyDirectory>();
        families.Setup(f => f.ChildrenAsync(It.IsAny<IReadOnlyCollection<Guid>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyCollection<Guid> ids, CancellationToken _) => ids.ToDictionary(id => id, id => new ChildSummary(id, "Léa", "Martin")));
        families.Setup(f => f.FindAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Guid id, CancellationToken _) => new FamilySummary(id, "Famille Martin", ["parent@bench.portail-famille.fr"]));
        return families.Object;
    }

    private static IServiceCatalog Catalog()
    {
        var catalog = new Mock<IServiceCatalog>();
        catalog.Setup(c => c.FindAsync(Service, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ServiceSummary(Service, "bench", "Bench", "garderie", Regie, "Garderie", null, [], []));
        return catalog.Object;
    }

    private static InvoiceNotices Notices(BillingDbContext db, TimeProvider clock)
    {
        var regies = new Mock<IRegieDirectory>();
        regies.Setup(r => r.FindAsync(Regie, It.IsAny<CancellationToken>())).ReturnsAsync(new RegieSummary(Regie, "Régie", "Collectivité", ["bench"]));
        var urls = new Mock<IPublicUrls>();
        urls.Setup(u => u.For(It.IsAny<string>())).Returns("https://portail.example.org/factures");
        return new InvoiceNotices(db, Families(), regies.Object, Mock.Of<IEmailSender>(), urls.Object, clock, NullLogger<InvoiceNotices>.Instance);
    }
}
