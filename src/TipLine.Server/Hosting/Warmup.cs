using TipLine.Bot.Storage;
using TipLine.Core.Language;
using TipLine.Core.Text;
using TipLine.Server.Channels.Sms;

namespace TipLine.Server.Hosting;

/// <summary>
/// Loads what the first message must not wait for (the language models: seconds and hundreds of MB), then
/// runs the turns a crash left pending, then declares the server ready.
/// </summary>
public sealed class Warmup(
    LanguageIdentifier languages,
    IServiceProvider services,
    InboundLedger ledger,
    Readiness readiness,
    ILogger<Warmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        await Task.Run(() =>
        {
            languages.Preload();
            _ = services.GetRequiredService<RecognizersEntityExtractor>();
        }, stoppingToken);
        logger.LogInformation("Language models loaded in {Elapsed}", TimeProvider.System.GetElapsedTime(started));

        var processor = services.GetRequiredService<SmsTurnProcessor>();
        foreach (var conversation in await ledger.ConversationsWithPendingAsync(SmsAdapter.ChannelId, ct: stoppingToken))
        {
            // Texts stored before a crash: record them on their tips. Their sender's number is not kept, so they are not answered.
            await processor.ProcessPendingAsync(conversation, address: null, stoppingToken);
            logger.LogInformation("Recovered pending texts of conversation {Conversation}", conversation);
        }

        readiness.SetReady();
        logger.LogInformation("Ready");
    }
}
