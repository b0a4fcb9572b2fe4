using System.Data.Common;

namespace TipLine.Bot.Storage;

/// <summary>
/// The database every store shares: the embedded SQLite file under the data directory by default, or PostgreSQL
/// when <c>ConnectionStrings:TipLine</c> names one (several instances then share it). Dapper over ADO.NET keeps
/// the SQL visible and the same on both; what differs (connections, locks, errors, migrations) is the engine's.
/// </summary>
public sealed class Database
{
    private readonly DatabaseEngine _engine;
    private readonly AsyncLocal<UnitOfWork?> _current = new();

    private Database(DatabaseEngine engine) => _engine = engine;

    /// <summary>PostgreSQL when <paramref name="connectionString"/> names a host; else SQLite in <paramref name="dataDirectory"/>.</summary>
    public static Database Open(string? connectionString, string dataDirectory) =>
        new(PostgresEngine.Accepts(connectionString) ? new PostgresEngine(connectionString!) : new SqliteEngine(dataDirectory));

    public DatabaseProvider Provider => _engine.Provider;

    /// <summary>The connection string, for EF Core's stores (dispatcher accounts) over the same database.</summary>
    public string ConnectionString => _engine.ConnectionString;

    /// <summary>A session on the turn's unit of work when one is open, else on a connection of its own.</summary>
    public async Task<DbSession> OpenAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return _current.Value is { } unit
            ? new DbSession(unit, _engine)
            : new DbSession(await _engine.ConnectAsync(ct), _engine);
    }

    /// <summary>
    /// Holds <paramref name="name"/> against every instance on this database until disposed (one turn at a time
    /// per conversation across instances). The embedded database has one instance, so the in-process gate suffices there.
    /// </summary>
    public Task<IAsyncDisposable> LockAsync(string name, CancellationToken ct = default) => _engine.LockAsync(name, ct);

    /// <summary>
    /// Begins the one unit of work of a turn (its transaction begins at its first write). Synchronous on purpose: an
    /// AsyncLocal set inside an async method would not flow back to the caller.
    /// </summary>
    public UnitOfWork BeginUnitOfWork()
    {
        if (_current.Value is not null) throw new InvalidOperationException("A unit of work is already open on this flow.");
        var connection = _engine.Connect();
        var unit = new UnitOfWork(connection, _engine, () => _current.Value = null);
        _current.Value = unit;
        return unit;
    }

    /// <summary>Runs <paramref name="action"/> once the turn's unit of work commits, or now when there is none.</summary>
    public void AfterCommit(Action action)
    {
        if (_current.Value is { } unit) unit.AfterCommit(action);
        else action();
    }

    /// <summary>Whether <paramref name="e"/> is the database being away (restarting, unreachable): worth trying again later.</summary>
    public bool IsUnavailable(Exception e) => _engine.IsUnavailable(e);

    /// <summary>Whether the database answers now (for /health): false while it is away, never an exception.</summary>
    public async Task<bool> PingAsync(CancellationToken ct = default)
    {
        try
        {
            await using var session = await OpenAsync(ct);
            return await session.ExecuteScalarAsync<int>("SELECT 1") == 1;
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            return false;
        }
    }

    /// <summary>Whether the database exists and has been migrated (the operator commands never create one).</summary>
    public bool HasSchema() => _engine.HasSchema();

    /// <summary>Where the database is, for operators: the file, or the host and database name (never a password).</summary>
    public string Describe() => _engine.Describe();

    /// <summary>Applies the schema migrations this database has not had yet (one history per provider).</summary>
    public Task InitializeAsync(CancellationToken ct = default) => _engine.MigrateAsync(ct);
}

public enum DatabaseProvider { Sqlite, PostgreSql }

/// <summary>The writer's turn when there is nothing to wait for (PostgreSQL; or inside a transaction, which holds it already).</summary>
internal sealed class NoWriterTurn : IDisposable
{
    public static readonly NoWriterTurn Instance = new();
    public void Dispose() { }
}

/// <summary>What differs between the providers: connections, the turn's transaction, locks, errors and migrations.</summary>
internal abstract class DatabaseEngine
{
    public abstract DatabaseProvider Provider { get; }
    public abstract string ConnectionString { get; }
    public abstract DbConnection Connect();
    public abstract Task<DbConnection> ConnectAsync(CancellationToken ct);
    public abstract DbTransaction BeginUnitOfWork(DbConnection connection);
    public abstract Task<DbTransaction> BeginAtomicAsync(DbConnection connection);
    public abstract Task<IDisposable> WriterAsync(CancellationToken ct);
    public abstract Task<IAsyncDisposable> LockAsync(string name, CancellationToken ct);
    public abstract bool IsUnavailable(Exception e);
    public abstract Task MigrateAsync(CancellationToken ct);
    public abstract bool HasSchema();
    public abstract string Describe();

    /// <summary>The stores' SQL as this engine's database reads it (the stores write one SQL for both).</summary>
    public virtual string Dialect(string sql) => sql;

    protected static void Upgrade(DbUp.Builder.UpgradeEngineBuilder builder, string folder)
    {
        var result = builder
            .WithScriptsEmbeddedInAssembly(typeof(Database).Assembly, name => name.Contains($".Migrations.{folder}.", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful) throw new InvalidOperationException($"The {folder} schema migration {result.ErrorScript?.Name} failed.", result.Error);
    }
}
