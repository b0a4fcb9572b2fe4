using TipLine.Bot.Storage;
using TipLine.Core.Tips;

namespace TipLine.UnitTests.Storage;

public class RetentionTests
{
    [Fact]
    public async Task Old_delivered_tips_their_media_and_old_conversations_go_and_undelivered_ones_stay()
    {
        var dir = TestPaths.TempDirectory();
        var db = TestPaths.Database(dir);
        await db.InitializeAsync();
        var protector = TestPaths.Protector();
        var tips = new TipStore(db, new WakeSignal<Outbox>(), ["webhook"], protector);
        var outbox = new Outbox(db, protector);
        var builder = new TipRecordBuilder(new TipLine.Core.Text.RecognizersEntityExtractor());
        var media = Path.Combine(dir, "media");
        Directory.CreateDirectory(media);
        var longAgo = DateTimeOffset.UtcNow.AddDays(-400);

        async Task<TipRow> OldTipAsync(string sha)
        {
            File.WriteAllBytes(Path.Combine(media, sha), [1, 2, 3]);
            var draft = new TipDraft { ReceivedAt = longAgo, LastActivityAt = longAgo };
            draft.Transcript.Add(new TranscriptEntry { At = longAgo, FromTipster = true, Text = "old words" });
            draft.Attachments.Add(new StoredMedia { Sha256 = sha, ContentType = "image/jpeg", Size = 3, FetchRef = "tipline-media:" + sha });
            var tip = await tips.CreateAsync("conv-" + sha, "sms", draft, longAgo);
            return await tips.SaveAsync(tip, draft, longAgo, builder.Build(draft, tip.TipId, 1, tip.Reference, longAgo, SubmitReason.Idle), null);
        }

        var delivered = await OldTipAsync(new string('a', 64));
        var undelivered = await OldTipAsync(new string('b', 64));
        foreach (var e in await outbox.DueAsync("webhook", DateTimeOffset.UtcNow, 10))
        {
            if (e.TipId == delivered.TipId) await outbox.MarkDeliveredAsync(e.Id, longAgo);
        }

        var retention = new Retention(db, protector, media);
        var plan = await retention.PlanAsync(DateTimeOffset.UtcNow.AddDays(-365));
        Assert.Equal([delivered.Reference], plan.Tips.Select(t => t.Reference));
        Assert.Equal(1, plan.KeptUndelivered);
        Assert.Single(plan.MediaFiles);

        await retention.PurgeAsync(plan);
        Assert.Null(await tips.FindAsync(delivered.TipId));
        Assert.NotNull(await tips.FindAsync(undelivered.TipId));
        Assert.False(File.Exists(Path.Combine(media, new string('a', 64))));
        Assert.True(File.Exists(Path.Combine(media, new string('b', 64))));
    }
}
