using TipLine.Bot.Intake;
using TipLine.Bot.Storage;
using TipLine.Core.Text;
using TipLine.Core.Tips;

namespace TipLine.UnitTests.Storage;

public class OutboxTests
{
    private static readonly Lazy<TipRecordBuilder> Builder = new(() => new TipRecordBuilder(new RecognizersEntityExtractor()));

    private sealed record Setup(Database Db, TipStore Tips, Outbox Outbox);

    private static async Task<Setup> NewAsync(params string[] sinks)
    {
        var db = TestPaths.Database();
        await db.InitializeAsync();
        var protector = TestPaths.Protector();
        return new Setup(db, new TipStore(db, new WakeSignal<Outbox>(), sinks.Length == 0 ? ["webhook"] : sinks, protector), new Outbox(db, protector));
    }

    private static async Task<TipRow> SubmitAsync(Setup s, TipRow tip, DateTimeOffset at)
    {
        tip.Draft.Transcript.Add(new TranscriptEntry { At = at, FromTipster = true, Text = "words at " + at.ToUnixTimeSeconds() });
        var record = Builder.Value.Build(tip.Draft, tip.TipId, tip.Revision + 1, tip.Reference, at, SubmitReason.FollowUp);
        return await s.Tips.SaveAsync(tip, tip.Draft, at, record, null);
    }

    private static async Task<TipRow> NewTipAsync(Setup s, DateTimeOffset at) =>
        await s.Tips.CreateAsync("conv-" + Guid.NewGuid().ToString("N"), "sms", new TipDraft { ReceivedAt = at, LastActivityAt = at }, at);

    [Fact]
    public async Task A_later_revision_never_overtakes_an_earlier_one_of_the_same_tip()
    {
        var s = await NewAsync();
        var now = DateTimeOffset.UtcNow;
        var tip = await SubmitAsync(s, await NewTipAsync(s, now), now);
        await SubmitAsync(s, tip, now);

        var due = await s.Outbox.DueAsync("webhook", now.AddSeconds(1), 10);
        Assert.Equal(1, due.Single().Revision);
        await s.Outbox.MarkFailedAsync(due[0].Id, "HTTP 503", now, now.AddSeconds(5), now.AddHours(72));
        Assert.Empty(await s.Outbox.DueAsync("webhook", now.AddSeconds(1), 10)); // revision 2 waits behind revision 1's backoff

        var later = await s.Outbox.DueAsync("webhook", now.AddSeconds(6), 10);
        await s.Outbox.MarkDeliveredAsync(later.Single().Id, now.AddSeconds(6));
        Assert.Equal(2, (await s.Outbox.DueAsync("webhook", now.AddSeconds(7), 10)).Single().Revision);
    }

    [Fact]
    public async Task After_the_retry_window_a_record_is_dead_lettered_counted_and_can_be_retried()
    {
        var s = await NewAsync();
        var now = DateTimeOffset.UtcNow;
        await SubmitAsync(s, await NewTipAsync(s, now), now);
        var entry = (await s.Outbox.DueAsync("webhook", now, 10)).Single();

        Assert.False(await s.Outbox.MarkFailedAsync(entry.Id, "HTTP 500", now.AddHours(71), now.AddHours(71.5), Outbox.WindowStart(entry).AddHours(72)));
        Assert.True(await s.Outbox.MarkFailedAsync(entry.Id, "HTTP 500", now.AddHours(73), now.AddHours(73.5), Outbox.WindowStart(entry).AddHours(72)));
        Assert.Empty(await s.Outbox.DueAsync("webhook", now.AddHours(80), 10));
        var stats = await s.Outbox.StatsAsync(now.AddHours(80));
        Assert.Equal((0L, 1L), (stats.Pending, stats.DeadLettered));
        Assert.Equal("dead-lettered", (await s.Outbox.ListAsync(false, 10)).Single().State);

        Assert.Equal(1, await s.Outbox.RetryAsync(null, now.AddHours(80)));
        Assert.Single(await s.Outbox.DueAsync("webhook", now.AddHours(80), 10));
    }

    [Fact]
    public async Task Every_configured_sink_gets_its_own_copy_of_each_revision()
    {
        var s = await NewAsync("webhook", "file");
        var now = DateTimeOffset.UtcNow;
        await SubmitAsync(s, await NewTipAsync(s, now), now);
        Assert.Single(await s.Outbox.DueAsync("webhook", now, 10));
        Assert.Single(await s.Outbox.DueAsync("file", now, 10));
    }

    [Fact]
    public async Task The_file_drop_writes_one_complete_file_per_revision_and_rewriting_it_is_harmless()
    {
        var dir = TestPaths.TempDirectory();
        var sink = new FileDropSink(dir);
        var entry = new OutboxEntry(1, "tip-1", 2, "file", "{\"tipId\":\"tip-1\",\"revision\":2}", 0, null, "");
        Assert.True((await sink.DeliverAsync(entry, default)).Delivered);
        Assert.True((await sink.DeliverAsync(entry, default)).Delivered);
        var files = Directory.GetFiles(dir);
        Assert.Equal("tip-1.r2.json", Path.GetFileName(files.Single()));
        Assert.Equal(entry.Payload, File.ReadAllText(files[0]));
    }

    [Fact]
    public async Task A_unit_of_work_that_is_not_committed_leaves_nothing_behind()
    {
        var s = await NewAsync();
        var now = DateTimeOffset.UtcNow;
        await using (s.Db.BeginUnitOfWork())
        {
            var tip = await NewTipAsync(s, now);
            await SubmitAsync(s, tip, now);
            // the process "dies" here: no commit
        }
        Assert.Equal(0, (await s.Outbox.StatsAsync(now)).Pending);
        await using var db = await s.Db.OpenAsync();
        Assert.Equal(0, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM tips"));
    }

    [Fact]
    public async Task An_empty_outbox_lists_as_empty()
    {
        var s = await NewAsync();
        Assert.Empty(await s.Outbox.ListAsync(includeDelivered: true, 10));
    }

    [Fact]
    public void Backoff_grows_exponentially_with_jitter_and_is_capped()
    {
        Assert.InRange(OutboxDelivery.Backoff(1).TotalSeconds, 0.8, 1.2);
        Assert.InRange(OutboxDelivery.Backoff(5).TotalSeconds, 12.8, 19.2);
        Assert.InRange(OutboxDelivery.Backoff(40).TotalMinutes, 24, 36);
    }
}
