using System.Runtime;
using TipLine.Core.Text;
using TipLine.Core.Triage;
using TipLine.Server.Channels;

namespace TipLine.Server.Hosting;

/// <summary>
/// Waits for what the first message must not wait for (the language models: seconds and hundreds of MB), then
/// runs the turns a crash left pending, then declares the server ready, then compiles the triage patterns (until
/// then they run on the interpreter, about three times slower: see <see cref="PolicyPattern"/>).
/// </summary>
public sealed class Warmup(
    ModelPreload models,
    TriagePolicy policy,
    PendingSweeper sweeper,
    Readiness readiness,
    ILogger<Warmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        await Task.WhenAll(models.Languages, models.Extractor).WaitAsync(stoppingToken);
        logger.LogInformation("Language models loaded in {Elapsed}", TimeProvider.System.GetElapsedTime(started));

        // Loading the models leaves their temporary buffers behind as holes in the large object heap (about 140 MB
        // measured with dotnet-counters), which the GC does not compact by itself: compact once, before any message.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

        // Texts stored before a crash: recorded on their tips before the server says it is ready. Their sender's number is not kept, so they are not answered.
        var recovered = await sweeper.SweepAsync(receivedBefore: null, stoppingToken);
        if (recovered > 0) logger.LogInformation("Recovered pending texts of {Count} conversation(s)", recovered);

        readiness.SetReady();
        logger.LogInformation("Ready");

        CompilePatterns();
    }

    // On a thread of its own, not the pool's: compiling on every pool thread left none to answer requests (a fresh
    // server's /health waited 5.6 s for it), and the interpreter triages well enough meanwhile.
    private void CompilePatterns()
    {
        var started = TimeProvider.System.GetTimestamp();
        new Thread(() =>
        {
            // An exception escaping a thread of our own ends the process: the interpreter still triages, so say so and go on.
            try
            {
                policy.Compile(onEveryCore: false);
                logger.LogInformation("Triage patterns compiled in {Elapsed}", TimeProvider.System.GetElapsedTime(started));
            }
            catch (Exception e)
            {
                logger.LogError(e, "Compiling the triage patterns failed; the rest stay on the regex interpreter");
            }
        })
        { IsBackground = true, Name = "Triage pattern compiler", Priority = ThreadPriority.BelowNormal }.Start();
    }
}

/// <summary>The language models, loading on other threads from the first line of Program (they take seconds).</summary>
public sealed record ModelPreload(Task Languages, Task<RecognizersEntityExtractor> Extractor);
