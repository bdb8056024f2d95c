using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.Core.Data;

/// <summary>Lets SQLite itself wait for the write lock (its busy handler retries within a millisecond or so of the lock
/// being freed) instead of Microsoft.Data.Sqlite's own retry, which sleeps 150 ms at every collision: under a rush of
/// writers those blind sleeps, not the work, were most of a request's time. The wait stays bounded by the timeout.</summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    private SqliteBusyTimeout()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
