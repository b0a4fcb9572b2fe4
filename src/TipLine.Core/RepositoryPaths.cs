namespace TipLine.Core;

/// <summary>Finds the repository's own folders (dialogs/, triage/) when configuration does not name them.</summary>
public static class RepositoryPaths
{
    public static string Find(string folder)
    {
        var fromWorkingDirectory = Path.Combine(Directory.GetCurrentDirectory(), folder);
        if (Directory.Exists(fromWorkingDirectory)) return fromWorkingDirectory;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, folder);
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "TipLine.sln"))) return candidate;
        }
        return fromWorkingDirectory;
    }
}
