using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TipLine.Bot.Storage;

/// <summary>Applies <c>TipLine:RetentionDays</c> once an hour.</summary>
public sealed class RetentionWorker(Retention retention, IOptions<TipLineOptions> options, TimeProvider clock, ILogger<RetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (options.Value.RetentionDays > 0)
            {
                try
                {
                    var plan = await retention.PlanAsync(clock.GetUtcNow().AddDays(-options.Value.RetentionDays), stoppingToken);
                    await retention.PurgeAsync(plan, stoppingToken);
                    if (plan.Tips.Count + plan.ConversationStates > 0)
                    {
                        logger.LogInformation("Retention: purged {Tips} tip(s), {States} conversation(s), {Media} media file(s); kept {Kept} with undelivered records",
                            plan.Tips.Count, plan.ConversationStates, plan.MediaFiles.Count, plan.KeptUndelivered);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError("Retention pass failed with {Exception}", e.GetType().Name);
                }
            }
            await Task.Delay(TimeSpan.FromHours(1), clock, stoppingToken);
        }
    }
}
