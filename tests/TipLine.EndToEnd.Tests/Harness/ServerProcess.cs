using System.Diagnostics;
using System.Text;

namespace TipLine.EndToEnd.Tests.Harness;

/// <summary>The real TipLine server, started as its own process on 127.0.0.1 and a free port.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri baseUrl, string dataDirectory)
    {
        _process = process;
        BaseUrl = baseUrl;
        DataDirectory = dataDirectory;
    }

    public Uri BaseUrl { get; }
    public string DataDirectory { get; }

    /// <summary>Everything the server wrote to stdout and stderr (its logs).</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public bool HasExited => _process.HasExited;

    public static async Task<ServerProcess> StartAsync(IDictionary<string, string> settings, string? dataDirectory = null)
    {
        var started = Start(settings, dataDirectory);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (started.HasExited) throw new InvalidOperationException("The server exited at start:\n" + started.Output);
            try
            {
                if ((await http.GetAsync(new Uri(started.BaseUrl, "/health"))).IsSuccessStatusCode) return started;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        await started.DisposeAsync();
        throw new TimeoutException("The server did not become healthy:\n" + started.Output);
    }

    /// <summary>Starts the process without waiting for it to be healthy (for tests of start-up failures).</summary>
    public static ServerProcess Start(IDictionary<string, string> settings, string? dataDirectory = null)
    {
        var port = Ports.Free();
        var data = dataDirectory ?? Path.Combine(Repo.TempDirectory(), "data");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(data)!,
        };
        info.ArgumentList.Add(Repo.ServerDll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment["TipLine__DataDirectory"] = data;
        info.Environment["TipLine__DialogsDirectory"] = Path.Combine(Repo.Root, "dialogs");
        info.Environment["TipLine__TriageDirectory"] = Path.Combine(Repo.Root, "triage");
        info.Environment["Logging__Console__FormatterName"] = "simple";
        if (TipLine.Tests.TestDatabase.ConnectionStringFor(data) is { } connectionString) info.Environment["ConnectionStrings__TipLine"] = connectionString;
        foreach (var (key, value) in settings) info.Environment[key.Replace(":", "__")] = value;

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the server.");
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"), data);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public void Kill() => _process.Kill(entireProcessTree: true);

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        KeepLog();
    }

    /// <summary>
    /// Keeps the server's log beside the test results (TestResults/server-logs): a test that times out waiting
    /// shows only what it waited for, the log shows why. The server logs no message bodies or numbers.
    /// </summary>
    private void KeepLog()
    {
        var folder = Path.Combine(Repo.Root, "TestResults", "server-logs");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"{DateTime.UtcNow:HHmmss}-{BaseUrl.Port}.log"), Output);
    }
}
