using System.CommandLine;
using TipLine.Bot.Privacy;
using TipLine.Bot.Storage;

namespace TipLine.Cli.Commands;

/// <summary><c>tipline purge [--dry-run]</c>: apply the retention period now, or show what it would remove.</summary>
public static class PurgeCommand
{
    public static Command Create()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be purged; remove nothing." };
        var days = new Option<int>("--days") { Description = "The retention period (TipLine:RetentionDays).", DefaultValueFactory = _ => 365 };
        var data = new Option<string>("--data") { Description = "The server's data directory.", DefaultValueFactory = _ => "./data" };
        var keys = new Option<string>("--keys") { Description = "The key file (TipLine:KeyFile).", DefaultValueFactory = _ => "./keys/tipline-keys.json" };
        var purge = new Command("purge", "Remove conversations, tips and records older than the retention period (undelivered records are kept).") { dryRun, days, data, keys };
        purge.SetAction(async (result, ct) =>
        {
            var directory = result.GetValue(data)!;
            var keyFile = result.GetValue(keys)!;
            if (DataDirectory.Open(directory) is not { } database) return 2;
            if (!File.Exists(keyFile))
            {
                Console.Error.WriteLine($"No key file at {Path.GetFullPath(keyFile)} (use --keys).");
                return 2;
            }
            if (result.GetValue(days) <= 0)
            {
                Console.Error.WriteLine("--days must be positive.");
                return 2;
            }
            var retention = new Retention(database, new FieldProtector(KeyRing.LoadOrCreate(keyFile)));
            var plan = await retention.PlanAsync(DateTimeOffset.UtcNow.AddDays(-result.GetValue(days)), ct);
            var verb = result.GetValue(dryRun) ? "Would purge" : "Purged";
            if (!result.GetValue(dryRun)) await retention.PurgeAsync(plan, ct);
            Console.WriteLine($"{verb} {plan.Tips.Count} tip(s) last active before {plan.Cutoff:yyyy-MM-dd}, {plan.ConversationStates} conversation state(s), {plan.InboundMessages} ledger row(s), {plan.WebChats} web chat(s), {plan.Media.Count} photo(s) or other media.");
            foreach (var (tipId, reference) in plan.Tips) Console.WriteLine($"  {reference}  {tipId}");
            if (plan.KeptUndelivered > 0) Console.WriteLine($"Kept {plan.KeptUndelivered} old tip(s) whose records are not delivered yet (see `tipline outbox`).");
            return 0;
        });
        return purge;
    }
}
