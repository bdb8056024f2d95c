using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Platform.Host.IntegrationTests.Crash;

/// <summary>What must hold in the database after any crash and one run of the orders job, read straight from the
/// SQLite file: money is never taken without a paid order or given back, ledgers equal balances, nothing pending
/// outlives its expiry, no meal is held or confirmed without the order that explains it, and a cancelled meal's
/// money went back exactly once.</summary>
public static class CrashInvariants
{
    public sealed record Result(IReadOnlyList<string> Violations, int PaidOrders, int SpendsChecked, long CentsChecked, int GivenBack, int CancelledMeals)
    {
        public string Summary =>
            $"{PaidOrders} paid orders, {SpendsChecked} wallet debits checked ({CentsChecked / 100m:0.00} €), {GivenBack} given back, {CancelledMeals} meals cancelled and refunded";
    }

    private sealed record OrderRow(Guid Id, string State, DateTime ExpiresAtUtc, Guid? PaidByPaymentId, string? ModulesNotifiedOf);

    private sealed record PaymentRow(Guid Id, Guid OrderId, string State, string? ProviderReference, bool LateSuccess, DateTime? GivenBackAtUtc, long AmountCents);

    private sealed record LedgerRow(Guid AccountId, string Kind, long Cents, string Reference, string? SpendReference);

    /// <param name="settledBefore">Orders that expired before this instant must be expired now.</param>
    public static Result Check(string databaseFile, DateTime settledBefore)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var orders = Read(connection, "SELECT Id, State, ExpiresAtUtc, PaidByPaymentId, ModulesNotifiedOf FROM platform_orders",
            r => new OrderRow(r.GetGuid(0), r.GetString(1), Utc(r.GetString(2)), r.IsDBNull(3) ? null : r.GetGuid(3), r.IsDBNull(4) ? null : r.GetString(4)))
            .ToDictionary(o => o.Id);
        var payments = Read(connection, "SELECT Id, OrderId, State, ProviderReference, LateSuccess, GivenBackAtUtc, AmountCents FROM platform_payments",
            r => new PaymentRow(r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetBoolean(4), r.IsDBNull(5) ? null : Utc(r.GetString(5)), r.GetInt64(6)))
            .ToDictionary(p => p.Id);
        var ledger = Read(connection, "SELECT AccountId, Kind, Cents, Reference, SpendReference FROM wallet_ledger",
            r => new LedgerRow(r.GetGuid(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)));
        var balances = Read(connection, "SELECT Id, BalanceCents FROM wallet_accounts", r => (Id: r.GetGuid(0), Cents: r.GetInt64(1)));
        var bookings = Read(connection, "SELECT Id, State, OrderId, OrderLineId, UnitCents, RefundedAtUtc FROM cantine_bookings",
            r => (Id: r.GetGuid(0), State: r.GetString(1), OrderId: r.GetGuid(2), OrderLineId: r.GetGuid(3), Cents: r.GetInt64(4), Refunded: !r.IsDBNull(5)));

        var violations = new List<string>();
        foreach (var account in balances)
        {
            var sum = ledger.Where(e => e.AccountId == account.Id).Sum(e => e.Cents);
            Expect(violations, sum == account.Cents, $"wallet account {account.Id}: balance {account.Cents} but its ledger sums to {sum}");
        }

        var (spends, cents, givenBack) = CheckDebits(violations, orders, payments, ledger);
        CheckPayments(violations, orders, payments, settledBefore);
        CheckOrders(violations, orders, payments, settledBefore);
        foreach (var booking in bookings)
        {
            var order = orders.GetValueOrDefault(booking.OrderId);
            Expect(violations, order is not null, $"meal {booking.Id} ({booking.State}) has no order");
            Expect(violations, booking.State != "PendingPayment" || order?.State == "PendingPayment", $"meal {booking.Id} is held for order {booking.OrderId}, which is {order?.State}");
            Expect(violations, booking.State != "Confirmed" || order?.State == "Paid", $"meal {booking.Id} is confirmed for order {booking.OrderId}, which is {order?.State}");
            var refunded = ledger.Where(e => e.Kind == "Refund" && string.Equals(e.Reference, $"refund:{booking.OrderLineId}", StringComparison.OrdinalIgnoreCase)).Sum(e => e.Cents);
            Expect(violations, refunded == (booking.State == "Cancelled" ? booking.Cents : 0),
                $"meal {booking.Id} is {booking.State} and {refunded} cents of it went back");
            Expect(violations, booking.State != "Cancelled" || booking.Refunded, $"meal {booking.Id} is cancelled but its refund is not recorded");
        }

        return new Result(violations, orders.Values.Count(o => o.State == "Paid"), spends, cents, givenBack, bookings.Count(b => b.State == "Cancelled"));
    }

    /// <summary>Every wallet debit belongs to a payment; it paid its order, or went back (refunded, or credited again
    /// as a late payment).</summary>
    private static (int Spends, long Cents, int GivenBack) CheckDebits(
        List<string> violations, Dictionary<Guid, OrderRow> orders, Dictionary<Guid, PaymentRow> payments, IReadOnlyList<LedgerRow> ledger)
    {
        var (count, cents, givenBack) = (0, 0L, 0);
        foreach (var spend in ledger.Where(e => e.Kind == "Spend").GroupBy(e => e.Reference))
        {
            var taken = -spend.Sum(e => e.Cents);
            var paymentId = Guid.ParseExact(spend.Key.Split(':')[1], "N");
            count++;
            cents += taken;
            if (!payments.TryGetValue(paymentId, out var payment))
            {
                violations.Add($"wallet debit {spend.Key} of {taken} cents has no payment");
                continue;
            }

            var order = orders[payment.OrderId];
            var refunded = ledger.Where(e => e.Kind == "Refund" && e.SpendReference == spend.Key).Sum(e => e.Cents);
            var lateCredit = ledger.Where(e => e.Kind == "Credit" && e.Reference == $"late:{payment.Id}").Sum(e => e.Cents);
            var paidItsOrder = order.State == "Paid" && order.PaidByPaymentId == payment.Id;
            if (!paidItsOrder)
            {
                givenBack++;
                Expect(violations, refunded + lateCredit == taken,
                    $"wallet debit {spend.Key} of {taken} cents: order {order.Id} is {order.State} (paid by {order.PaidByPaymentId}), given back {refunded + lateCredit}");
            }
        }

        return (count, cents, givenBack);
    }

    private static void CheckPayments(List<string> violations, Dictionary<Guid, OrderRow> orders, Dictionary<Guid, PaymentRow> payments, DateTime settledBefore)
    {
        foreach (var payment in payments.Values)
        {
            var order = orders[payment.OrderId];
            Expect(violations, payment.State != "Pending" || payment.ProviderReference is not null, $"payment {payment.Id} is pending with no answer from its provider");
            Expect(violations, payment.State != "Pending" || order.ExpiresAtUtc > settledBefore, $"payment {payment.Id} is still pending after its order's expiry");
            if (payment.State == "Succeeded" && order.PaidByPaymentId != payment.Id)
            {
                Expect(violations, payment.LateSuccess && payment.GivenBackAtUtc is not null,
                    $"payment {payment.Id} succeeded for order {order.Id} ({order.State}) that it did not pay, and was not given back");
            }
        }
    }

    private static void CheckOrders(List<string> violations, Dictionary<Guid, OrderRow> orders, Dictionary<Guid, PaymentRow> payments, DateTime settledBefore)
    {
        foreach (var order in orders.Values)
        {
            Expect(violations, order.State != "PendingPayment" || order.ExpiresAtUtc > settledBefore, $"order {order.Id} is still awaiting payment after its expiry");
            Expect(violations, order.State == "PendingPayment" || order.ModulesNotifiedOf == order.State, $"order {order.Id} is {order.State} but its modules were told {order.ModulesNotifiedOf}");
            if (order.State == "Paid")
            {
                var by = order.PaidByPaymentId is { } id ? payments.GetValueOrDefault(id) : null;
                Expect(violations, by?.State is "Succeeded" or "PartiallyRefunded" or "Refunded", $"order {order.Id} is paid by {order.PaidByPaymentId}, which is {by?.State}");
            }
        }
    }

    private static void Expect(List<string> violations, bool holds, string violation)
    {
        if (!holds)
        {
            violations.Add(violation);
        }
    }

    private static DateTime Utc(string value) =>
        DateTime.SpecifyKind(DateTime.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc);

    private static List<T> Read<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
