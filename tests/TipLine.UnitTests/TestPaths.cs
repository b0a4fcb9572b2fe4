using TipLine.Core;

namespace TipLine.UnitTests;

internal static class TestPaths
{
    public static string Dialogs => RepositoryPaths.Find("dialogs");
    public static string Triage => RepositoryPaths.Find("triage");
    public static string DevSet => Path.Combine(Path.GetDirectoryName(RepositoryPaths.Find("dialogs"))!, "..", "shared", "triage", "dev.jsonl");

    /// <summary>A protector over a fresh key ring in a temporary folder.</summary>
    public static TipLine.Bot.Privacy.FieldProtector Protector() =>
        new(TipLine.Bot.Privacy.KeyRing.LoadOrCreate(Path.Combine(TempDirectory(), "keys.json")));

    /// <summary>A fresh database for a test: SQLite in a new folder, or a new PostgreSQL database (see <see cref="TipLine.Tests.TestDatabase"/>).</summary>
    public static TipLine.Bot.Storage.Database Database(string? dataDirectory = null)
    {
        var dir = dataDirectory ?? TempDirectory();
        return TipLine.Bot.Storage.Database.Open(TipLine.Tests.TestDatabase.ConnectionStringFor(dir), dir);
    }

    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "tipline-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
