using TipLine.EndToEnd.Tests.Harness;

namespace TipLine.EndToEnd.Tests;

public class StartupAndCliTests(TipLineFixture fixture) : IClassFixture<TipLineFixture>
{
    private static string BrokenDialogs()
    {
        var dir = Path.Combine(Repo.TempDirectory(), "dialogs");
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(Path.Combine(Repo.Root, "dialogs"), "*.yaml")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        var tip = Path.Combine(dir, "tip.yaml");
        File.WriteAllText(tip, File.ReadAllText(tip).Replace("    ask: tip.where", "    ask: tip.wher"));
        return dir;
    }

    private static Task<(int Exit, string Out, string Err)> RunCliAsync(params string[] args) => Tipline.RunAsync(null, args);

    [Fact]
    public async Task A_broken_dialog_file_stops_the_server_at_start_with_file_and_line()
    {
        await using var server = ServerProcess.Start(new Dictionary<string, string> { ["TipLine:DialogsDirectory"] = BrokenDialogs() });
        Assert.NotEqual(0, await server.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("dialogs/tip.yaml:", server.Output);
        Assert.Contains("unknown string 'tip.wher'", server.Output);
    }

    [Fact]
    public async Task Dialogs_check_reports_the_same_problem_without_starting_a_server()
    {
        var broken = await RunCliAsync("dialogs", "check", "--dir", BrokenDialogs());
        Assert.Equal(1, broken.Exit);
        Assert.Matches(@"dialogs/tip\.yaml:\d+: step 'where' uses unknown string 'tip.wher'", broken.Err);

        var ok = await RunCliAsync("dialogs", "check", "--dir", Path.Combine(Repo.Root, "dialogs"));
        Assert.Equal(0, ok.Exit);
        Assert.StartsWith("OK:", ok.Out);
    }

    [Fact]
    public async Task The_sms_simulator_prints_the_bots_replies()
    {
        var result = await RunCliAsync("sms", "I saw something at the bus station I want to report", "--from", "+15558880001",
            "--server", fixture.Server.BaseUrl.ToString(), "--auth-token", FakeTwilio.AuthToken, "--public-url", TipLineFixture.PublicBaseUrl);
        Assert.Equal(0, result.Exit);
        Assert.Contains("Is this about:", result.Out);

        var wrongToken = await RunCliAsync("sms", "hello", "--server", fixture.Server.BaseUrl.ToString(), "--auth-token", "wrong", "--public-url", TipLineFixture.PublicBaseUrl);
        Assert.Equal(1, wrongToken.Exit);
        Assert.Contains("403", wrongToken.Err);
    }

    [Fact]
    public async Task Triage_reads_json_lines_and_detects_the_language()
    {
        var (exit, output, _) = await Tipline.RunAsync(
            "{\"id\": 1, \"text\": \"tengo quince años y el señor me tiene encerrada en el motel, ayúdenme\"}\n{\"id\": \"b\", \"text\": \"what are the signs of labor trafficking?\"}\nnot json\n",
            "triage");
        Assert.Equal(1, exit); // the bad line is reported, the good ones still answered
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("P1", lines[0].GetProperty("urgency").GetString());
        Assert.Equal("es", lines[0].GetProperty("language").GetString());
        Assert.True(lines[0].GetProperty("minor").GetBoolean());
        Assert.Contains(lines[0].GetProperty("reasons").EnumerateArray(), r => r.GetString() == "minor:age=15");
        Assert.Equal("P3", lines[1].GetProperty("urgency").GetString());
        Assert.Equal("b", lines[1].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Triage_at_a_given_time_reads_dates_from_that_time_so_a_score_can_be_repeated()
    {
        const string line = "{\"id\": 1, \"text\": \"my cousin says they move the women to another city on november 28\"}\n";
        var dayBefore = await Tipline.RunAsync(line, "triage", "--at", "2026-11-27T16:00-05:00");
        var monthsBefore = await Tipline.RunAsync(line, "triage", "--at", "2026-06-01T16:00-05:00");
        Assert.Equal(0, dayBefore.Exit);
        Assert.Equal("P1", System.Text.Json.JsonDocument.Parse(dayBefore.Out).RootElement.GetProperty("urgency").GetString());
        Assert.Equal("P3", System.Text.Json.JsonDocument.Parse(monthsBefore.Out).RootElement.GetProperty("urgency").GetString());

        var badTime = await Tipline.RunAsync(line, "triage", "--at", "next tuesday");
        Assert.NotEqual(0, badTime.Exit);
        Assert.Contains("--at", badTime.Err);
    }

    [Fact]
    public async Task The_simulator_works_with_a_server_on_the_embedded_default_with_no_configuration()
    {
        var data = Path.Combine(Repo.TempDirectory(), "data");
        // The embedded default even when the suite runs on PostgreSQL: no connection string.
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string> { ["ConnectionStrings:TipLine"] = "" }, data);
        var result = await RunCliAsync("sms", "hello, I have something to report", "--server", server.BaseUrl.ToString(), "--data", data);
        Assert.Equal(0, result.Exit);
        Assert.Contains("Is this about:", result.Out);
        Assert.True(File.Exists(Path.Combine(data, "tipline.db")));
    }
}
