using System.CommandLine;
using TipLine.Bot.Dispatch;
using TipLine.Bot.Storage;

namespace TipLine.Cli.Commands;

/// <summary><c>tipline audit REFERENCE</c>: who did what to a tip, and when (pages, acknowledgements).</summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var reference = new Argument<string>("reference") { Description = "The tip's reference, e.g. TL-7K3Q." };
        var data = new Option<string>("--data") { Description = "The server's data directory.", DefaultValueFactory = _ => "./data" };
        var audit = new Command("audit", "Show a tip's audit trail.") { reference, data };
        audit.SetAction(async (result, ct) =>
        {
            if (DataDirectory.Open(result.GetValue(data)!) is not { } database) return 2;
            var trail = await new Escalations(database).AuditTrailAsync(result.GetValue(reference)!.ToUpperInvariant(), ct);
            if (trail.Count == 0)
            {
                Console.WriteLine("No audit entries for that reference.");
                return 1;
            }
            foreach (var e in trail) Console.WriteLine($"{e.At}  {e.Actor,-12}  {e.Action,-28}  {e.Detail}");
            return 0;
        });
        return audit;
    }
}
