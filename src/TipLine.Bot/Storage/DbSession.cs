using System.Data.Common;
using Dapper;

namespace TipLine.Bot.Storage;

/// <summary>
/// A connection to the database and, inside a <see cref="UnitOfWork"/>, its transaction: every
/// command of a turn then commits or rolls back together.
/// </summary>
public sealed class DbSession : IAsyncDisposable
{
    private readonly DatabaseEngine _engine;
    private readonly bool _owned;

    internal DbSession(DbConnection connection, DbTransaction? transaction, DatabaseEngine engine, bool owned)
    {
        Connection = connection;
        Transaction = transaction;
        _engine = engine;
        _owned = owned;
    }

    public DbConnection Connection { get; }
    public DbTransaction? Transaction { get; private set; }

    public DatabaseProvider Provider => _engine.Provider;

    /// <summary>A write. Outside a transaction it waits for this process's turn to write (SQLite: in order, not in its sleeping busy handler).</summary>
    public async Task<int> ExecuteAsync(string sql, object? param = null)
    {
        using var _ = await WriterOutsideTransactionAsync();
        return await Connection.ExecuteAsync(_engine.Dialect(sql), param, Transaction);
    }

    /// <summary>A write that returns a value (<c>RETURNING</c>), waiting for its turn like <see cref="ExecuteAsync"/>.</summary>
    public async Task<T?> ExecuteReturningAsync<T>(string sql, object? param = null)
    {
        using var _ = await WriterOutsideTransactionAsync();
        return await Connection.ExecuteScalarAsync<T>(_engine.Dialect(sql), param, Transaction);
    }

    public Task<IEnumerable<T>> QueryAsync<T>(string sql, object? param = null) => Connection.QueryAsync<T>(_engine.Dialect(sql), param, Transaction);

    public Task<T> QuerySingleAsync<T>(string sql, object? param = null) => Connection.QuerySingleAsync<T>(_engine.Dialect(sql), param, Transaction);

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? param = null) => Connection.QuerySingleOrDefaultAsync<T>(_engine.Dialect(sql), param, Transaction);

    /// <summary>A read of one value (a count, a flag).</summary>
    public Task<T?> ExecuteScalarAsync<T>(string sql, object? param = null) => Connection.ExecuteScalarAsync<T>(_engine.Dialect(sql), param, Transaction);

    /// <summary>
    /// Runs <paramref name="work"/> atomically: within the unit of work when there is one (it commits with the
    /// turn), else in a transaction of its own.
    /// </summary>
    public async Task<T> AtomicallyAsync<T>(Func<Task<T>> work)
    {
        if (Transaction is not null) return await work();
        using var writer = await _engine.WriterAsync(CancellationToken.None);
        await using var tx = await _engine.BeginAtomicAsync(Connection);
        Transaction = tx;
        try
        {
            var result = await work();
            await tx.CommitAsync();
            return result;
        }
        finally
        {
            Transaction = null;
        }
    }

    // Inside a transaction the writer's turn is already held (a unit of work is begun holding it; AtomicallyAsync takes it).
    private Task<IDisposable> WriterOutsideTransactionAsync() =>
        Transaction is null ? _engine.WriterAsync(CancellationToken.None) : Task.FromResult<IDisposable>(NoWriterTurn.Instance);

    public async ValueTask DisposeAsync()
    {
        if (_owned) await Connection.DisposeAsync();
    }
}

/// <summary>
/// One transaction for a whole turn (tip, outbox, conversation state, inbound ledger). Begun synchronously so
/// that the ambient session flows to everything the turn awaits.
/// </summary>
public sealed class UnitOfWork : IAsyncDisposable
{
    private readonly Action _end;
    private readonly List<Action> _afterCommit = [];
    private bool _committed;

    internal UnitOfWork(DbConnection connection, DbTransaction transaction, Action end)
    {
        Connection = connection;
        Transaction = transaction;
        _end = end;
    }

    internal DbConnection Connection { get; }
    internal DbTransaction Transaction { get; }

    public async Task CommitAsync(CancellationToken ct = default)
    {
        await Transaction.CommitAsync(ct);
        _committed = true;
        foreach (var action in _afterCommit) action();
    }

    internal void AfterCommit(Action action) => _afterCommit.Add(action);

    /// <summary>
    /// Not async on purpose: the ambient unit of work is cleared here, in the caller's flow (an AsyncLocal
    /// changed inside an async method is restored when it returns).
    /// </summary>
    public ValueTask DisposeAsync()
    {
        _end();
        return EndAsync();
    }

    private async ValueTask EndAsync()
    {
        if (!_committed) await Transaction.RollbackAsync();
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
