using System.Diagnostics;

namespace TipLine.Bench;

/// <summary>A throwaway PostgreSQL cluster started with the repository's build/pg-cluster script, stopped and removed on dispose.</summary>
internal sealed class PostgresCluster : IDisposable
{
    private readonly string _script;
    private readonly string _directory;
    private readonly string _server;

    private PostgresCluster(string script, string directory, string server)
    {
        _script = script;
        _directory = directory;
        _server = server;
    }

    /// <summary>A running cluster, or null when PostgreSQL is not installed.</summary>
    public static PostgresCluster? Start(string repositoryRoot)
    {
        var script = Path.Combine(repositoryRoot, "build", "pg-cluster");
        var directory = Path.Combine(Path.GetTempPath(), "tipline-bench-pg-" + Guid.NewGuid().ToString("N"));
        var (exit, output) = Run(script, "start", directory);
        if (exit == 0) return new PostgresCluster(script, directory, output.Trim());
        Console.Error.WriteLine(output);
        return null;
    }

    public string ConnectionString(string database) => $"{_server.Replace(";Database=postgres", "", StringComparison.Ordinal)};Database={database}";

    public void Dispose()
    {
        Run(_script, "stop", _directory);
        Directory.Delete(_directory, recursive: true);
    }

    private static (int Exit, string Output) Run(string script, string verb, string directory)
    {
        var info = new ProcessStartInfo(script) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(verb);
        info.ArgumentList.Add(directory);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
