using TipLine.Bot.Storage;

namespace TipLine.Cli.Commands;

/// <summary>The server's data directory, as the operator commands open it.</summary>
internal static class DataDirectory
{
    /// <summary>The database there, or null after telling the operator where it was looked for.</summary>
    public static SqliteDatabase? Open(string directory)
    {
        if (File.Exists(Path.Combine(directory, SqliteDatabase.FileName))) return new SqliteDatabase(directory);
        Console.Error.WriteLine($"No TipLine database in {Path.GetFullPath(directory)} (use --data).");
        return null;
    }
}
