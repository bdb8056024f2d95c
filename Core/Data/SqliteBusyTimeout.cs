using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.Core.Data;

/// <summary>Lets SQLite itself wait for the write lock (its busy handler retries within a millisecond or so of the lock
/// being freed) instead of Microsoft.Data.Sqlite's own retry, which sleeps 150 ms at every collision: under a rush of
/// writers those blind sleeps, not the work, were most of a request's time. The wait stays bounded by the timeout.
/// The setting belongs to the native connection, which the pool keeps open across EF's opens and closes: it is set
/// once per native connection, not before every query.</summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    private static readonly ConditionalWeakTable<object, object> Set = [];

    private SqliteBusyTimeout()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NotYetSet(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            command.ExecuteNonQuery();
            Remember(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NotYetSet(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Remember(connection);
        }
    }

    private static bool NotYetSet(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !Set.TryGetValue(handle, out _);

    private static void Remember(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Set.AddOrUpdate(handle, Pragma);
        }
    }
}
