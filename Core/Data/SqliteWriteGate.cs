using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.Core.Data;

/// <summary>Queues this process's writers to a SQLite file before they ask for its single write lock: a transaction,
/// or a write outside one, waits its turn on an async gate and gets the lock as soon as the previous writer commits,
/// instead of colliding and sleeping in SQLite's busy handler (whose back-off grows to 100 ms). Writers of other
/// processes on the same file still meet the busy handler (<see cref="SqliteBusyTimeout"/>). The gate is released at
/// commit, rollback, failure, cancellation, or when the connection closes or is disposed, whichever comes first. It
/// may be released a moment before SQLite frees its lock (a reader closed before its statement resets, a commit that
/// failed): the next writer then waits in the busy handler, as without the gate. A transaction must write through its
/// own context only: a second context writing inside it would wait for the gate until the timeout.</summary>
public sealed class SqliteWriteGate : DbConnectionInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    public static readonly SqliteWriteGate Instance = new();

    /// <summary>As long as the busy timeout: a writer waiting longer fails as it would have without the gate.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>Who holds a gate, by EF's id of the connection (one per context instance).</summary>
    private readonly ConcurrentDictionary<Guid, Holder> holders = new();

    private SqliteWriteGate()
    {
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Enter(connection, eventData.ConnectionId, statement: false);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(connection, eventData.ConnectionId, statement: false, cancellationToken);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Leave(eventData.ConnectionId);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        LeaveAsync(eventData.ConnectionId);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Leave(eventData.ConnectionId);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        LeaveAsync(eventData.ConnectionId);

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Leave(eventData.ConnectionId);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        LeaveAsync(eventData.ConnectionId);

    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Leave(eventData.ConnectionId);

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Leave(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public override void ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => Leave(eventData.ConnectionId);

    public override Task ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Leave(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    // A write outside a transaction (ExecuteUpdate, a single-row SaveChanges) holds the lock for its statement only.
    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnterForStatement(command, eventData.ConnectionId);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterForStatementAsync(command, eventData.ConnectionId, cancellationToken);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        LeaveAfterStatement(eventData.ConnectionId);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        LeaveAfterStatement(eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        EnterForStatement(command, eventData.ConnectionId);
        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnterForStatementAsync(command, eventData.ConnectionId, cancellationToken);
        return result;
    }

    public InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        LeaveAfterStatement(eventData.ConnectionId);
        return result;
    }

    public ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        LeaveAfterStatement(eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        LeaveAfterStatement(eventData.ConnectionId);
        return result;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => LeaveAfterStatement(eventData.ConnectionId);

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => LeaveAfterStatement(eventData.ConnectionId);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveAfterStatement(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveAfterStatement(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    private static bool IsWriteOutsideTransaction(DbCommand command)
    {
        if (command.Transaction is not null)
        {
            return false; // the transaction holds the gate already
        }

        var sql = command.CommandText.AsSpan().TrimStart();
        return sql.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
               || sql.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase);
    }

    private void EnterForStatement(DbCommand command, Guid connectionId)
    {
        if (command.Connection is { } connection && IsWriteOutsideTransaction(command))
        {
            Enter(connection, connectionId, statement: true);
        }
    }

    private async ValueTask EnterForStatementAsync(DbCommand command, Guid connectionId, CancellationToken cancellationToken)
    {
        if (command.Connection is { } connection && IsWriteOutsideTransaction(command))
        {
            await EnterAsync(connection, connectionId, statement: true, cancellationToken);
        }
    }

    private void LeaveAfterStatement(Guid connectionId)
    {
        if (holders.TryGetValue(connectionId, out var holder) && holder.ForStatement)
        {
            Leave(connectionId);
        }
    }

    private void Enter(DbConnection connection, Guid connectionId, bool statement)
    {
        if (holders.ContainsKey(connectionId) || GateOf(connection) is not { } gate)
        {
            return;
        }

        if (!gate.Wait(Patience))
        {
            throw new TimeoutException("The database stayed busy with other writes for too long.");
        }

        holders[connectionId] = new Holder(gate, statement);
    }

    private async ValueTask EnterAsync(DbConnection connection, Guid connectionId, bool statement, CancellationToken cancellationToken)
    {
        if (holders.ContainsKey(connectionId) || GateOf(connection) is not { } gate)
        {
            return;
        }

        if (!await gate.WaitAsync(Patience, cancellationToken))
        {
            throw new TimeoutException("The database stayed busy with other writes for too long.");
        }

        holders[connectionId] = new Holder(gate, statement);
    }

    /// <summary>In-memory databases (tests) are private to their connection: nothing to queue for.</summary>
    private static SemaphoreSlim? GateOf(DbConnection connection) =>
        connection.DataSource is { Length: > 0 } file && file != ":memory:" ? Gates.GetOrAdd(file, _ => new SemaphoreSlim(1, 1)) : null;

    private void Leave(Guid connectionId)
    {
        if (holders.TryRemove(connectionId, out var holder))
        {
            holder.Gate.Release();
        }
    }

    private Task LeaveAsync(Guid connectionId)
    {
        Leave(connectionId);
        return Task.CompletedTask;
    }

    /// <param name="ForStatement">Taken for one write outside a transaction, released when the statement ends.</param>
    private sealed record Holder(SemaphoreSlim Gate, bool ForStatement);
}
