using System.CommandLine;
using TipLine.Bot.Storage;

namespace TipLine.Cli.Commands;

/// <summary>
/// <c>tipline outbox</c>: what is pending, failing or dead-lettered (ids, attempts, last error; never the
/// record, which holds the narrative); <c>tipline outbox retry ID|--all</c> re-queues.
/// </summary>
public static class OutboxCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The server's data directory.", DefaultValueFactory = _ => "./data", Recursive = true };
        var delivered = new Option<bool>("--delivered") { Description = "Include delivered records." };
        var outbox = new Command("outbox", "List records waiting for case intake: pending, failing and dead-lettered.") { data, delivered };
        outbox.SetAction(async (result, ct) =>
        {
            if (Open(result.GetValue(data)!) is not { } box) return 2;
            var items = await box.ListAsync(result.GetValue(delivered), 500, ct);
            if (items.Count == 0)
            {
                Console.WriteLine("The outbox is empty: every record was delivered.");
                return 0;
            }
            Console.WriteLine($"{"id",6}  {"tip",-36}  {"rev",3}  {"sink",-7}  {"state",-13}  {"tries",5}  {"next attempt",-28}  last error");
            foreach (var i in items)
            {
                var error = i.ValidationError is null ? i.LastError : $"{i.LastError} [schema: {i.ValidationError}]";
                Console.WriteLine($"{i.Id,6}  {i.TipId,-36}  {i.Revision,3}  {i.Sink,-7}  {i.State,-13}  {i.Attempts,5}  {i.NextAttemptAt ?? "-",-28}  {error}");
            }
            return 0;
        });

        var id = new Argument<long?>("id") { Description = "The outbox entry to re-queue.", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Re-queue every undelivered entry, dead-lettered ones included." };
        var retry = new Command("retry", "Re-queue an entry (or all) for delivery now.") { id, all };
        retry.SetAction(async (result, ct) =>
        {
            var which = result.GetValue(id);
            if (which is null == !result.GetValue(all))
            {
                Console.Error.WriteLine("Name one entry id, or --all.");
                return 2;
            }
            if (Open(result.GetValue(data)!) is not { } box) return 2;
            var count = await box.RetryAsync(which, DateTimeOffset.UtcNow, ct);
            Console.WriteLine(count == 0 ? "Nothing to re-queue." : $"Re-queued {count} entr{(count == 1 ? "y" : "ies")}.");
            return count == 0 && which is not null ? 1 : 0;
        });
        outbox.Subcommands.Add(retry);
        return outbox;
    }

    private static Outbox? Open(string dataDirectory) => DataDirectory.Open(dataDirectory) is { } database ? new Outbox(database) : null;
}
