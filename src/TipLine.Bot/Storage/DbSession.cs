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
    private readonly UnitOfWork? _unit;
    private DbTransaction? _atomic;

    /// <summary>A session on a connection of its own.</summary>
    internal DbSession(DbConnection connection, DatabaseEngine engine)
    {
        Connection = connection;
        _engine = engine;
    }

    /// <summary>A session on the turn's unit of work: its connection, and its transaction once it writes.</summary>
    internal DbSession(UnitOfWork unit, DatabaseEngine engine)
    {
        Connection = unit.Connection;
        _unit = unit;
        _engine = engine;
    }

    public DbConnection Connection { get; }
    public DbTransaction? Transaction => _unit is not null ? _unit.Transaction : _atomic;

    public DatabaseProvider Provider => _engine.Provider;

    /// <summary>A write. Outside a transaction it waits for this process's turn to write (SQLite: in order, not in its sleeping busy handler).</summary>
    public async Task<int> ExecuteAsync(string sql, object? param = null)
    {
        using var _ = await WritingAsync();
        return await Connection.ExecuteAsync(_engine.Dialect(sql), param, Transaction);
    }

    /// <summary>A write that returns a value (<c>RETURNING</c>), waiting for its turn like <see cref="ExecuteAsync"/>.</summary>
    public async Task<T?> ExecuteReturningAsync<T>(string sql, object? param = null)
    {
        using var _ = await WritingAsync();
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
        if (_unit is not null || _atomic is not null)
        {
            using var _ = await WritingAsync();
            return await work();
        }
        using var writer = await _engine.WriterAsync(CancellationToken.None);
        await using var tx = await _engine.BeginAtomicAsync(Connection);
        _atomic = tx;
        try
        {
            var result = await work();
            await tx.CommitAsync();
            return result;
        }
        finally
        {
            _atomic = null;
        }
    }

    /// <summary>
    /// The writer's turn for one write: in a unit of work its transaction begins (holding the turn until the unit
    /// ends); in <see cref="AtomicallyAsync"/> it is held already; otherwise it is taken for this statement.
    /// </summary>
    private async Task<IDisposable> WritingAsync()
    {
        if (_unit is not null)
        {
            await _unit.BeginWritingAsync(CancellationToken.None);
            return NoWriterTurn.Instance;
        }
        return _atomic is not null ? NoWriterTurn.Instance : await _engine.WriterAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_unit is null) await Connection.DisposeAsync();
    }
}

/// <summary>
/// One transaction for a whole turn (tip, outbox, conversation state, inbound ledger). Begun synchronously so
/// that the ambient session flows to everything the turn awaits.
/// </summary>
/// <remarks>
/// The transaction begins at the turn's first write, not when the unit does: reading the state and the work on
/// the words (language, triage), which is most of a turn, then run beside other turns instead of holding
/// SQLite's single writer. What was read before is guarded as on PostgreSQL's read-committed transactions:
/// a tip by its version, conversation state by its ETag, a conversation's messages by its gate.
/// </remarks>
public sealed class UnitOfWork : IAsyncDisposable
{
    private readonly DatabaseEngine _engine;
    private readonly Action _end;
    private readonly List<Action> _afterCommit = [];
    private IDisposable? _writer;
    private bool _committed;

    internal UnitOfWork(DbConnection connection, DatabaseEngine engine, Action end)
    {
        Connection = connection;
        _engine = engine;
        _end = end;
    }

    internal DbConnection Connection { get; }
    internal DbTransaction? Transaction { get; private set; }

    /// <summary>Takes the writer's turn and begins the transaction, once; both are held until the unit ends.</summary>
    internal async Task BeginWritingAsync(CancellationToken ct)
    {
        if (Transaction is not null) return;
        _writer = await _engine.WriterAsync(ct);
        Transaction = _engine.BeginUnitOfWork(Connection);
    }

    public async Task CommitAsync(CancellationToken ct = default)
    {
        if (Transaction is not null) await Transaction.CommitAsync(ct);
        _committed = true;
        ReleaseWriter();
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
        if (Transaction is not null)
        {
            if (!_committed) await Transaction.RollbackAsync();
            await Transaction.DisposeAsync();
        }
        ReleaseWriter();
        await Connection.DisposeAsync();
    }

    private void ReleaseWriter() => Interlocked.Exchange(ref _writer, null)?.Dispose();
}
