using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TipLine.Bot.Storage;

/// <summary>Applies <c>TipLine:RetentionDays</c> once an hour.</summary>
public sealed class RetentionWorker(Retention retention, Leases leases, IOptions<TipLineOptions> options, TimeProvider clock, ILogger<RetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (options.Value.RetentionDays > 0)
            {
                try
                {
                    // Held for three passes: the holder renews it each hour, another instance waits.
                    if (await leases.HoldAsync(nameof(RetentionWorker), TimeSpan.FromHours(3), stoppingToken)) await PurgeAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError("Retention pass failed with {Exception}", e.GetType().Name);
                }
            }
            await Task.Delay(TimeSpan.FromHours(1), clock, stoppingToken);
        }
    }

    private async Task PurgeAsync(CancellationToken ct)
    {
        var plan = await retention.PlanAsync(clock.GetUtcNow().AddDays(-options.Value.RetentionDays), ct);
        await retention.PurgeAsync(plan, ct);
        if (plan.Tips.Count + plan.ConversationStates > 0)
        {
            logger.LogInformation("Retention: purged {Tips} tip(s), {States} conversation(s), {Media} media; kept {Kept} with undelivered records",
                plan.Tips.Count, plan.ConversationStates, plan.Media.Count, plan.KeptUndelivered);
        }
    }
}
