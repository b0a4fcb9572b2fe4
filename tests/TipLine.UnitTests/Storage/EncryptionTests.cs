using System.Security.Cryptography;
using System.Text;
using TipLine.Bot.Privacy;
using TipLine.Bot.Storage;
using TipLine.Core.Tips;

namespace TipLine.UnitTests.Storage;

public class EncryptionTests
{
    [Fact]
    public void A_value_round_trips_and_its_text_is_not_visible()
    {
        var protector = TestPaths.Protector();
        var stored = protector.Protect("the girls at the Lotus spa are locked in", "tip draft");
        Assert.StartsWith("enc1.k1.", stored);
        Assert.DoesNotContain("Lotus", stored);
        Assert.Equal("the girls at the Lotus spa are locked in", protector.Unprotect(stored, "tip draft"));
    }

    [Fact]
    public void A_value_moved_to_another_purpose_or_tampered_with_does_not_open()
    {
        var protector = TestPaths.Protector();
        var stored = protector.Protect("secret", "tip draft");
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(stored, "outbox record"));
        var bytes = Convert.FromBase64String(stored["enc1.k1.".Length..]);
        bytes[^1] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect("enc1.k1." + Convert.ToBase64String(bytes), "tip draft"));
    }

    [Fact]
    public void After_rotation_old_values_stay_readable_and_new_ones_use_the_new_key()
    {
        var path = Path.Combine(TestPaths.TempDirectory(), "keys.json");
        var before = new FieldProtector(KeyRing.LoadOrCreate(path));
        var old = before.Protect("written before rotation", "tip draft");
        var addressKey = KeyRing.LoadOrCreate(path).AddressKey;

        Assert.Equal("k2", KeyRing.Rotate(path));
        var ring = KeyRing.LoadOrCreate(path);
        var after = new FieldProtector(ring);
        Assert.Equal("written before rotation", after.Unprotect(old, "tip draft"));
        Assert.Equal("k2", FieldProtector.KeyIdOf(after.Protect("written after", "tip draft")));
        Assert.Equal(addressKey, ring.AddressKey); // lookups by sender keep working
    }

    [Fact]
    public void Media_bytes_are_encrypted_too()
    {
        var protector = TestPaths.Protector();
        var photo = Encoding.ASCII.GetBytes("JFIF pretend photo bytes");
        var stored = protector.ProtectBytes(photo, "media");
        Assert.DoesNotContain("pretend", Encoding.ASCII.GetString(stored));
        Assert.Equal(photo, protector.UnprotectBytes(stored, "media"));
    }

    [Fact]
    public async Task Nothing_a_tipster_wrote_is_in_the_database_file_in_plain_text()
    {
        var dir = TestPaths.TempDirectory();
        var db = TestPaths.Database(dir);
        await db.InitializeAsync();
        var protector = TestPaths.Protector();
        var tips = new TipStore(db, new WakeSignal<Outbox>(), ["webhook"], protector);
        var now = DateTimeOffset.UtcNow;
        var draft = new TipDraft { ReceivedAt = now, LastActivityAt = now, ContactAddress = "+15550009999" };
        draft.Transcript.Add(new TranscriptEntry { At = now, FromTipster = true, Text = "zebra-marker the foreman keeps passports" });
        var tip = await tips.CreateAsync("conv", "sms", draft, now);
        var record = new TipRecordBuilder(new TipLine.Core.Text.RecognizersEntityExtractor()).Build(draft, tip.TipId, 1, tip.Reference, now, SubmitReason.Completed);
        await tips.SaveAsync(tip, draft, now, record, null);
        await new InboundLedger(db, protector).ClaimAsync("sms", "SM1", "conv", now, "zebra-marker inbound text");

        foreach (var file in await TipLine.Tests.TestDatabase.FilesHoldingAsync(dir))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var content = await reader.ReadToEndAsync();
            Assert.DoesNotContain("zebra-marker", content);
            Assert.DoesNotContain("5550009999", content);
        }
    }
}
