using System.Diagnostics;
using TipLine.EndToEnd.Tests.Harness;
using TipLine.Tests;

namespace TipLine.EndToEnd.Tests;

/// <summary>A server on a PostgreSQL cluster of its own, which the test stops and starts again.</summary>
public sealed class RestartingDatabaseFixture : TipLineFixture
{
    private readonly string _cluster = Path.Combine(Path.GetTempPath(), "tipline-pg-restart-" + Guid.NewGuid().ToString("N"));
    private string _connectionString = "";

    protected override IDictionary<string, string> Settings => new Dictionary<string, string> { ["ConnectionStrings:TipLine"] = _connectionString };

    public override async Task InitializeAsync()
    {
        if (TestDatabase.IsPostgres) _connectionString = (await ClusterAsync("start")).Replace("Database=postgres", "Database=tipline", StringComparison.Ordinal);
        await base.InitializeAsync();
    }

    public Task StopDatabaseAsync() => ClusterAsync("stop");

    public Task StartDatabaseAgainAsync() => ClusterAsync("resume");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (!TestDatabase.IsPostgres) return;
        await ClusterAsync("stop");
        Directory.Delete(_cluster, recursive: true);
    }

    private async Task<string> ClusterAsync(string verb)
    {
        var info = new ProcessStartInfo(Path.Combine(Repo.Root, "build", "pg-cluster")) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(verb);
        info.ArgumentList.Add(_cluster);
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"pg-cluster {verb}: {error}");
        return output.Trim();
    }
}

public sealed class DatabaseRestartTests(RestartingDatabaseFixture fixture) : IClassFixture<RestartingDatabaseFixture>
{
    [PostgresFact]
    public async Task While_PostgreSQL_restarts_texts_get_a_retryable_503_and_Twilios_resend_goes_through_once_it_is_back()
    {
        var t = fixture.NewTexter();
        Assert.Contains("Is this about:", await t.TextAsync("restart-marker: a girl of 16 is made to work at the Ruby massage place"));

        await fixture.StopDatabaseAsync();
        var sid = "SM" + Guid.NewGuid().ToString("N");
        var (status, _) = await t.SendAsync("1", sid);
        Assert.Equal(503, status);
        Assert.False((await fixture.Http.GetAsync(new Uri(fixture.Server.BaseUrl, "/health"))).IsSuccessStatusCode);

        await fixture.StartDatabaseAgainAsync();
        // Twilio re-sends the same message until it is answered; the server reconnects by itself.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        IReadOnlyList<string> replies = [];
        while (DateTime.UtcNow < deadline)
        {
            (status, replies) = await t.SendAsync("1", sid);
            if (status == 200) break;
            Assert.Equal(503, status);
            await Task.Delay(500);
        }
        Assert.Equal(200, status);
        Assert.Contains("Where did this happen?", string.Join("\n", replies));
        Assert.Contains("When did you see this?", await t.TextAsync("the Ruby place on Oak street"));
        await t.TextAsync("done");
        var record = await fixture.Intake.WaitForNarrativeAsync("restart-marker", TimeSpan.FromSeconds(30));
        Assert.Contains("Oak street", record.GetRawText());
        Assert.True((await fixture.Http.GetAsync(new Uri(fixture.Server.BaseUrl, "/health"))).IsSuccessStatusCode);
    }
}
