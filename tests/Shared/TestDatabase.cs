using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace TipLine.Tests;

/// <summary>
/// Which database the suite runs on. By default the embedded SQLite file in each test's data directory; with
/// <c>TIPLINE_TEST_POSTGRES</c> set to a server's connection string (.ci/run starts a throwaway cluster with build/pg-cluster), every
/// data directory gets a PostgreSQL database of its own, named after the directory, so that a server restarted on
/// the same directory finds the same data.
/// </summary>
public static class TestDatabase
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("TIPLINE_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static bool IsPostgres => Server is not null;

    /// <summary>The connection string for the data directory <paramref name="dataDirectory"/>, or null on SQLite.</summary>
    public static string? ConnectionStringFor(string dataDirectory)
    {
        if (Server is null) return null;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory))))[..20];
        return new NpgsqlConnectionStringBuilder(Server) { Database = "t_" + hash }.ToString();
    }

    /// <summary>
    /// The files where a database's contents can end up: the data directory on SQLite (database, WAL, journal);
    /// on PostgreSQL also the cluster's write-ahead log and the database's own folder, after a checkpoint
    /// (<c>TIPLINE_TEST_POSTGRES_DATA</c> names the cluster's folder).
    /// </summary>
    public static async Task<IReadOnlyList<string>> FilesHoldingAsync(string dataDirectory)
    {
        var files = Directory.GetFiles(dataDirectory, "*", SearchOption.AllDirectories).ToList();
        if (ConnectionStringFor(dataDirectory) is not { } connectionString) return files;

        var cluster = Environment.GetEnvironmentVariable("TIPLINE_TEST_POSTGRES_DATA")
            ?? throw new InvalidOperationException("TIPLINE_TEST_POSTGRES_DATA must name the cluster's data folder to scan it.");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var checkpoint = new NpgsqlCommand("CHECKPOINT", connection)) await checkpoint.ExecuteNonQueryAsync();
        await using var oid = new NpgsqlCommand("SELECT oid FROM pg_database WHERE datname = current_database()", connection);
        var folder = Path.Combine(cluster, "base", Convert.ToString(await oid.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!);
        files.AddRange(Directory.GetFiles(folder));
        files.AddRange(Directory.GetFiles(Path.Combine(cluster, "pg_wal")));
        return files;
    }
}
