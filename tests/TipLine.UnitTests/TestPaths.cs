using TipLine.Core;

namespace TipLine.UnitTests;

internal static class TestPaths
{
    public static string Dialogs => RepositoryPaths.Find("dialogs");
    public static string Triage => RepositoryPaths.Find("triage");
    public static string DevSet => Path.Combine(Path.GetDirectoryName(RepositoryPaths.Find("dialogs"))!, "..", "shared", "triage", "dev.jsonl");

    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "tipline-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
