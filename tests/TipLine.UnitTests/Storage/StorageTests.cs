using Microsoft.Bot.Builder;
using TipLine.Bot.Conversation;
using TipLine.Bot.Storage;
using TipLine.Core.Tips;

namespace TipLine.UnitTests.Storage;

public class StorageTests
{
    private static async Task<Database> NewDatabaseAsync()
    {
        var db = TestPaths.Database();
        await db.InitializeAsync();
        return db;
    }

    [Fact]
    public async Task Conversation_state_round_trips_and_a_stale_ETag_is_refused()
    {
        var storage = new BotStateStorage(await NewDatabaseAsync(), TestPaths.Protector(), TimeProvider.System);
        var data = new ConversationData { TipId = "t1" };
        data.Dialog.Slots["place"] = new TipLine.Core.Dialogs.SlotValue { Text = "Sunset Motel" };
        await storage.WriteAsync(new Dictionary<string, object> { ["c1"] = data });

        var first = (ConversationData)(await storage.ReadAsync(["c1"]))["c1"];
        var second = (ConversationData)(await storage.ReadAsync(["c1"]))["c1"];
        Assert.Equal("Sunset Motel", first.Dialog.Slots["place"].Text);

        first.TipId = "changed";
        await storage.WriteAsync(new Dictionary<string, object> { ["c1"] = first });
        second.TipId = "lost update";
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(new Dictionary<string, object> { ["c1"] = second }));

        var stored = (ConversationData)(await storage.ReadAsync(["c1"]))["c1"];
        Assert.Equal("changed", stored.TipId);
    }

    [Fact]
    public async Task Two_turns_creating_the_same_conversation_cannot_both_win()
    {
        var storage = new BotStateStorage(await NewDatabaseAsync(), TestPaths.Protector(), TimeProvider.System);
        await storage.WriteAsync(new Dictionary<string, object> { ["c1"] = new ConversationData { TipId = "a" } });
        await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { ["c1"] = new ConversationData { TipId = "b" } }));
    }

    [Fact]
    public async Task A_retried_message_is_claimed_exactly_once_even_when_retries_race()
    {
        var ledger = new InboundLedger(await NewDatabaseAsync(), TestPaths.Protector());
        var now = DateTimeOffset.UtcNow;
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => ledger.ClaimAsync("sms", "SM1", "conv", now, "{}"))));
        Assert.Single(claims, c => c.Outcome == ClaimOutcome.Claimed);

        var pending = await ledger.PendingAsync("sms", "conv");
        await ledger.CompleteAsync([pending.Single().Seq], "the reply");
        var retry = await ledger.ClaimAsync("sms", "SM1", "conv", now, "{}");
        Assert.Equal(new ClaimResult(ClaimOutcome.AlreadyDone, "the reply"), retry);
    }

    [Fact]
    public async Task A_submission_queues_the_revision_with_the_tip_change_and_a_stale_tip_is_refused()
    {
        var db = await NewDatabaseAsync();
        var protector = TestPaths.Protector();
        var store = new TipStore(db, new WakeSignal<Outbox>(), ["webhook"], protector);
        var now = DateTimeOffset.UtcNow;
        var draft = new TipDraft { ReceivedAt = now, LastActivityAt = now };
        draft.Transcript.Add(new TranscriptEntry { At = now, FromTipster = true, Text = "hello" });
        var tip = await store.CreateAsync("conv", "sms", draft, now);

        var record = new TipRecordBuilder(new TipLine.Core.Text.RecognizersEntityExtractor()).Build(draft, tip.TipId, 1, tip.Reference, now, SubmitReason.Idle);
        var saved = await store.SaveAsync(tip, draft, now, record, null);
        Assert.Equal(1, saved.Revision);
        Assert.Equal(TipRow.Submitted, saved.Status);

        var due = await new Outbox(db, protector).DueAsync("webhook", now.AddSeconds(1), 10);
        Assert.Equal((tip.TipId, 1L), (due.Single().TipId, due.Single().Revision));
        Assert.Null(due.Single().ValidationError);

        await Assert.ThrowsAsync<TipConcurrencyException>(() => store.SaveAsync(tip, draft, now, null, now));
    }

    [Fact]
    public async Task The_gate_lets_turns_of_one_conversation_run_one_at_a_time_in_arrival_order()
    {
        var database = TestPaths.Database();
        await database.InitializeAsync();
        var gate = new ConversationGate(database);
        var order = new List<int>();
        var first = await gate.EnterAsync("c");
        // Each call queues synchronously, so the order of the calls is the order of arrival.
        var waiting = Enumerable.Range(1, 5).Select(async i =>
        {
            await using var _ = await gate.EnterAsync("c");
            lock (order) order.Add(i);
            await Task.Delay(2);
        }).ToList();
        await Task.Delay(60);
        Assert.Empty(order);

        await using (await gate.EnterAsync("other")) { } // another conversation is not held up
        await first.DisposeAsync();
        await Task.WhenAll(waiting);
        Assert.Equal([1, 2, 3, 4, 5], order);
    }
}
