namespace TipLine.EndToEnd.Tests.Harness;

internal static class Repo
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "TipLine.sln"))) return dir.FullName;
            }
            throw new InvalidOperationException("TipLine.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The configuration the tests were built in (Debug or Release), so the server of the same build is started.</summary>
    public static string Configuration => AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string ServerDll => Path.Combine(Root, "src", "TipLine.Server", "bin", Configuration, "net10.0", "TipLine.Server.dll");

    /// <summary>The CLI as built in its own folder (with its own dependencies, not the test host's).</summary>
    public static string CliDll => Path.Combine(Root, "src", "TipLine.Cli", "bin", Configuration, "net10.0", "tipline.dll");

    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "tipline-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
