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
        var media = new MediaStore(db, protector);
        var longAgo = DateTimeOffset.UtcNow.AddDays(-400);

        async Task<TipRow> OldTipAsync(byte photo)
        {
            var sha = await media.SaveAsync([photo, 2, 3], "image/jpeg", longAgo);
            var draft = new TipDraft { ReceivedAt = longAgo, LastActivityAt = longAgo };
            draft.Transcript.Add(new TranscriptEntry { At = longAgo, FromTipster = true, Text = "old words" });
            draft.Attachments.Add(new StoredMedia { Sha256 = sha, ContentType = "image/jpeg", Size = 3, FetchRef = "tipline-media:" + sha });
            var tip = await tips.CreateAsync("conv-" + sha, "sms", draft, longAgo);
            return await tips.SaveAsync(tip, draft, longAgo, builder.Build(draft, tip.TipId, 1, tip.Reference, longAgo, SubmitReason.Idle), null);
        }

        var delivered = await OldTipAsync(1);
        var undelivered = await OldTipAsync(2);
        foreach (var e in await outbox.DueAsync("webhook", DateTimeOffset.UtcNow, 10))
        {
            if (e.TipId == delivered.TipId) await outbox.MarkDeliveredAsync(e.Id, longAgo);
        }

        var retention = new Retention(db, protector);
        var plan = await retention.PlanAsync(DateTimeOffset.UtcNow.AddDays(-365));
        Assert.Equal([delivered.Reference], plan.Tips.Select(t => t.Reference));
        Assert.Equal(1, plan.KeptUndelivered);
        Assert.Single(plan.Media);

        await retention.PurgeAsync(plan);
        Assert.Null(await tips.FindAsync(delivered.TipId));
        Assert.NotNull(await tips.FindAsync(undelivered.TipId));
        Assert.Null(await media.ReadAsync(delivered.Draft.Attachments[0].Sha256));
        Assert.Equal([2, 2, 3], (await media.ReadAsync(undelivered.Draft.Attachments[0].Sha256))!.Bytes);
    }
}
