using System.Data;
using System.Data.Common;
using Dapper;
using DbUp;
using Microsoft.Data.Sqlite;

namespace TipLine.Bot.Storage;

/// <summary>
/// The embedded database: one SQLite file under the data directory, in WAL mode so readers do not block the
/// writer. One instance writes, one unit of work at a time.
/// </summary>
internal sealed class SqliteEngine : DatabaseEngine
{
    public const string FileName = "tipline.db";

    // Units of work queue here, in order, rather than in SQLite's busy handler, which sleeps in steps of up to
    // 100 ms between tries: under load that sleeping, not the work, was what made turns slow.
    private readonly SemaphoreSlim _writers = new(1, 1);

    public SqliteEngine(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        Path = System.IO.Path.Combine(dataDirectory, FileName);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    public override string ConnectionString { get; }

    public override DbConnection Connect()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        // Wait for a busy writer rather than failing: turns from several requests commit one after another.
        // secure_delete: freed pages are zeroed, so a purged or rewritten value does not linger in the file.
        connection.Execute("PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;");
        return connection;
    }

    public override Task<DbConnection> ConnectAsync(CancellationToken ct) => Task.FromResult(Connect());

    // BEGIN IMMEDIATE takes the write lock now, so turns commit one after another instead of failing to upgrade.
    public override DbTransaction BeginUnitOfWork(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    public override async Task<DbTransaction> BeginAtomicAsync(DbConnection connection) => await connection.BeginTransactionAsync(IsolationLevel.Serializable);

    public override async Task<IDisposable> WriterAsync(CancellationToken ct)
    {
        await _writers.WaitAsync(ct);
        return new WriterTurn(_writers);
    }

    public override Task<IAsyncDisposable> LockAsync(string name, CancellationToken ct) => Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    public override bool IsUnavailable(Exception e) => e is SqliteException { SqliteErrorCode: 5 or 6 }; // SQLITE_BUSY, SQLITE_LOCKED

    public override bool HasSchema() => File.Exists(Path);

    public override string Describe() => Path;

    public override Task MigrateAsync(CancellationToken ct)
    {
        using (var connection = Connect())
        {
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
        }
        Upgrade(DeployChanges.To.SqliteDatabase(ConnectionString), "Sqlite");
        return Task.CompletedTask;
    }

    private sealed class WriterTurn(SemaphoreSlim writers) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) writers.Release();
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
