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
            "INSERT INTO billing_invoices (Id, RegieId, FamilyId, Commune, Kind, Year, Sequence, Number, IssueKey, Period, IssuedOn, DueOn, TotalCents, PaidCents, CreditedCents, Reason, CreatedAtUtc) " +
            "VALUES ($id, $regie, $family, 'bench', 'Invoice', 2027, $sequence, $number, '2027-06', '2027-06-01', '2027-07-01', '2027-07-16', $total, 0, 0, 'Facture de juin 2027', '2027-07-01 05:00:00')",
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
                         "COPY billing.invoices (\"Id\", \"RegieId\", \"FamilyId\", \"Commune\", \"Kind\", \"Year\", \"Sequence\", \"Number\", \"IssueKey\", \"Period\", \"IssuedOn\", \"DueOn\", \"TotalCents\", \"PaidCents\", \"CreditedCents\", \"Reason\", \"CreatedAtUtc\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, family, sequence) in invoices)
            {
                await writer.WriteRowAsync(default, id, Regie, family.Key, "bench", "Invoice", 2027, sequence, $"F2027-{sequence:D5}", "2027-06",
                    June, new DateOnly(2027, 7, 1), new DateOnly(2027, 7, 16), family.Sum(c => c.UnitCents), 0L, 0L, "Facture de juin 2027", DateTime.UtcNow);
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

/// <param name="WriteSeconds">pain.008 of the debits, with its checks and totals, as the régie's file.</param>
/// <param name="AllocatedMegabytes">What writing it allocated.</param>
/// <param name="PeakGrowthMegabytes">How much the process's peak working set grew while writing it.</param>
/// <param name="BaselineSeconds">The same debits' fields written as plain CSV lines, in the same run.</param>
public sealed record Pain008Figures(int Debits, double WriteSeconds, double AllocatedMegabytes, double PeakGrowthMegabytes, double FileMegabytes, double BaselineSeconds)
{
    public double Ratio => WriteSeconds / BaselineSeconds;
}

/// <summary>The régie's pain.008 file of 10,000 debits: time and memory, beside the same data written as CSV.</summary>
public static class Pain008Bench
{
    public static Pain008Figures Run(int debits)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var settings = new Platform.PaymentProviders.Abstractions.ProviderSettings(new Dictionary<string, string>
        {
            ["creditorName"] = "Régie scolaire de Baneins", ["ics"] = "FR72ZZZ123456", ["creditorIban"] = "FR7630006000011234567890189",
        });
        var creditor = Platform.PaymentProviders.Sepa.Settings.CreditorSettings.Read(settings, out _)!;
        var iban = Platform.PaymentProviders.Sepa.Domain.Iban.Parse("FR1420041010050500013M02606", out _)!;
        var due = Platform.PaymentProviders.Sepa.Domain.TargetCalendar.OnOrAfter(today.AddDays(20));
        var collections = Enumerable.Range(0, debits).Select(i =>
        {
            var mandate = Platform.PaymentProviders.Sepa.Domain.Mandate.Sign(
                new Platform.PaymentProviders.Sepa.Domain.MandateSignature(Guid.Empty, Guid.NewGuid(), creditor.Creditor, $"Famille {i}", "1 rue de la Mairie 01990 Baneins", iban, null,
                    Platform.PaymentProviders.Sepa.Domain.MandateKind.Recurrent),
                $"RUM{i:D8}", today);
            return new Platform.PaymentProviders.Sepa.Files.DirectDebitCollection(mandate, 2000 + i % 5000, due, Guid.NewGuid().ToString("N").ToUpperInvariant(), $"Facture F2027-{i:D5} de juin 2027");
        }).ToList();
        var writer = new Platform.PaymentProviders.Sepa.Files.Pain008Writer(TimeProvider.System);
        writer.Write(creditor, collections.Take(10).ToList()); // warm-up

        var baseline = Stopwatch.StartNew();
        var csv = new System.Text.StringBuilder();
        foreach (var c in collections)
        {
            csv.Append(c.EndToEndId).Append(';').Append(c.Mandate.Rum).Append(';').Append(c.Mandate.Iban).Append(';').Append(c.AmountCents).Append(';')
                .Append(c.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append(';').Append(c.RemittanceText).Append('\n');
        }

        var csvText = csv.ToString();
        baseline.Stop();

        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakBefore = process.PeakWorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var file = writer.Write(creditor, collections).File ?? throw new InvalidOperationException("The pain.008 file was refused.");
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        GC.KeepAlive(csvText);
        return new Pain008Figures(debits, watch.Elapsed.TotalSeconds, allocated / 1048576.0, (process.PeakWorkingSet64 - peakBefore) / 1048576.0,
            System.Text.Encoding.UTF8.GetByteCount(file.Xml) / 1048576.0, baseline.Elapsed.TotalSeconds);
    }
}
