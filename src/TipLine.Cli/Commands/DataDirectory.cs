using TipLine.Bot.Storage;

namespace TipLine.Cli.Commands;

/// <summary>The server's data directory, as the operator commands open it.</summary>
internal static class DataDirectory
{
    /// <summary>
    /// The server's database: PostgreSQL when <c>ConnectionStrings__TipLine</c> names one (as for the server), else
    /// the SQLite file in <paramref name="directory"/>; or null after telling the operator where it was looked for.
    /// </summary>
    public static Database? Open(string directory)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__TipLine");
        var database = Database.Open(connectionString, directory);
        if (database.HasSchema()) return database;
        Console.Error.WriteLine(database.Provider == DatabaseProvider.PostgreSql
            ? $"No TipLine database at {database.Describe()} (ConnectionStrings__TipLine)."
            : $"No TipLine database in {Path.GetFullPath(directory)} (use --data).");
        return null;
    }
}
