using TipLine.Bench;

var what = args.FirstOrDefault() ?? "triage";
switch (what)
{
    case "triage":
        TriageBenchmark.Run(messages: args.Length > 1 && int.TryParse(args[1], out var n) ? n : 20_000);
        return 0;
    case "patterns":
        TriageBenchmark.CostliestPatterns(top: args.Length > 1 && int.TryParse(args[1], out var t) ? t : 25);
        return 0;
    case "turns":
        await TurnBenchmark.RunAsync(TimeSpan.FromSeconds(args.Length > 1 && int.TryParse(args[1], out var s) ? s : 10), concurrency: 16);
        return 0;
    case "profile":
        await TurnBenchmark.ProfileAsync(TimeSpan.FromSeconds(args.Length > 1 && int.TryParse(args[1], out var p) ? p : 60), concurrency: 16);
        return 0;
    default:
        Console.Error.WriteLine("usage: dotnet run -c Release --project bench/TipLine.Bench -- triage [messages] | patterns [how many] | turns [seconds per run] | profile [seconds]");
        return 2;
}
