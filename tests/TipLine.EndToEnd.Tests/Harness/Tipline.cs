using System.Diagnostics;

namespace TipLine.EndToEnd.Tests.Harness;

/// <summary>Runs the real `tipline` command.</summary>
internal static class Tipline
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(string? stdin, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        info.ArgumentList.Add(Repo.CliDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        // The operator commands find the server's database as the server does: its data folder, or its connection string.
        var data = Array.IndexOf(args, "--data");
        if (data >= 0 && data + 1 < args.Length && TipLine.Tests.TestDatabase.ConnectionStringFor(args[data + 1]) is { } connectionString)
        {
            info.Environment["ConnectionStrings__TipLine"] = connectionString;
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
