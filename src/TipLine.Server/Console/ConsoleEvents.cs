using System.Text;
using Dapper;
using TipLine.Bot.Storage;

namespace TipLine.Server.Console;

/// <summary>
/// Server-Sent Events for the console: a message whenever a tip, its casework or its audit trail changed, so
/// open queues and tip pages refresh themselves. It watches the database (a cheap summary query each second),
/// so a change made by any instance reaches every dispatcher.
/// </summary>
public sealed class ConsoleEvents(Database database, TimeProvider clock)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public async Task StreamAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        var last = await VersionAsync(ct);
        var quietSince = clock.GetUtcNow();
        await WriteAsync(http, ": connected\n\n", ct);
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(Interval, clock, ct);
                var now = await VersionAsync(ct);
                if (now != last)
                {
                    last = now;
                    quietSince = clock.GetUtcNow();
                    await WriteAsync(http, "event: changed\ndata: " + now + "\n\n", ct);
                }
                else if (clock.GetUtcNow() - quietSince > Heartbeat)
                {
                    quietSince = clock.GetUtcNow();
                    await WriteAsync(http, ": still here\n\n", ct);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The dispatcher closed the page.
        }
    }

    private async Task<string> VersionAsync(CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var v = await db.QuerySingleAsync<(long Tips, long Versions, string? Activity, string? Casework, long Audit, long Acks)>(
            """
            SELECT (SELECT COUNT(*) FROM tips), (SELECT COALESCE(SUM(version), 0) FROM tips), (SELECT MAX(last_activity_at) FROM tips),
                   (SELECT MAX(updated_at) FROM casework), (SELECT COALESCE(MAX(id), 0) FROM audit WHERE action <> 'viewed'),
                   (SELECT COUNT(*) FROM escalations WHERE acknowledged_at IS NOT NULL)
            """);
        return $"{v.Tips}.{v.Versions}.{v.Activity}.{v.Casework}.{v.Audit}.{v.Acks}";
    }

    private static async Task WriteAsync(HttpContext http, string text, CancellationToken ct)
    {
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
        await http.Response.Body.FlushAsync(ct);
    }
}
