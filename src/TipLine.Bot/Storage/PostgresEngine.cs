using System.Collections.Concurrent;
using System.Data;
using System.Text.RegularExpressions;
using System.Data.Common;
using Dapper;
using DbUp;
using Npgsql;

namespace TipLine.Bot.Storage;

/// <summary>
/// PostgreSQL, shared by several instances. Turns of different conversations commit side by side (READ
/// COMMITTED; every update that could race is conditional on a version or ETag); turns of one conversation are
/// held one at a time across instances by an advisory lock on the conversation.
/// </summary>
internal sealed partial class PostgresEngine : DatabaseEngine
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresEngine(string connectionString)
    {
        ConnectionString = connectionString;
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>A connection string naming a host (<c>Host=…</c>) is PostgreSQL's; SQLite's name a file.</summary>
    public static bool Accepts(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)) return false;
        try
        {
            return !string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(connectionString).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
    public override string ConnectionString { get; }

    public override DbConnection Connect() => _dataSource.OpenConnection();

    public override async Task<DbConnection> ConnectAsync(CancellationToken ct) => await _dataSource.OpenConnectionAsync(ct);

    public override DbTransaction BeginUnitOfWork(DbConnection connection) => connection.BeginTransaction(IsolationLevel.ReadCommitted);

    public override async Task<DbTransaction> BeginAtomicAsync(DbConnection connection) => await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted);

    // Writers do not queue in-process: PostgreSQL's row locks keep them apart.
    public override Task<IDisposable> WriterAsync(CancellationToken ct) => Task.FromResult<IDisposable>(NoWriterTurn.Instance);

    public override async Task<IAsyncDisposable> LockAsync(string name, CancellationToken ct)
    {
        // A session-level advisory lock on a connection of its own: it holds across the turns' transactions and
        // is released by PostgreSQL itself if this instance dies.
        var connection = await _dataSource.OpenConnectionAsync(ct);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(hashtextextended(@name, 0))", new { name }, cancellationToken: ct));
            return new AdvisoryLock(connection, name);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override bool IsUnavailable(Exception e) => e switch
    {
        NpgsqlException { IsTransient: true } => true,
        PostgresException p => p.SqlState.StartsWith("57P", StringComparison.Ordinal) || p.SqlState.StartsWith("08", StringComparison.Ordinal),
        _ => e.InnerException is { } inner && IsUnavailable(inner),
    };

    public override bool HasSchema()
    {
        try
        {
            using var connection = _dataSource.OpenConnection();
            return connection.ExecuteScalar<bool>("SELECT to_regclass('schemaversions') IS NOT NULL");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return false;
        }
    }

    public override string Describe()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }

    public override async Task MigrateAsync(CancellationToken ct)
    {
        EnsureDatabase.For.PostgresqlDatabase(ConnectionString, new DbUp.Engine.Output.NoOpUpgradeLog());
        // Instances starting together migrate one after another.
        await using var gate = await LockAsync("tipline schema migrations", ct);
        Upgrade(DeployChanges.To.PostgresqlDatabase(ConnectionString), "PostgreSql");
    }

    // Dapper expands `IN @list` into one parameter per item, except where the provider has arrays (Npgsql):
    // there it passes one array, which PostgreSQL reads as `= ANY(array)`, not `IN`.
    public override string Dialect(string sql) => _dialect.GetOrAdd(sql, static s => InList().Replace(s, "= ANY(@$1)"));

    private readonly ConcurrentDictionary<string, string> _dialect = new(StringComparer.Ordinal);

    [GeneratedRegex(@"\bIN\s+@(\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex InList();

    private sealed class AdvisoryLock(NpgsqlConnection connection, string name) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(hashtextextended(@name, 0))", new { name });
            }
            catch (NpgsqlException)
            {
                // The connection is gone, and the lock with it.
            }
            await connection.DisposeAsync();
        }
    }
}
