namespace TipLine.Bot.Storage;

/// <summary>
/// Background work that must run once, not once per instance (outbox delivery, paging, idle submission, sweeps,
/// retention), runs where its lease is held. A worker asks before each pass: the holder renews its lease, and
/// another instance takes it over once it has expired (its holder stopped or died). One row per kind of work in
/// both providers, so kinds can spread over instances.
/// </summary>
public sealed class Leases(Database database, TimeProvider clock)
{
    /// <summary>This instance, as lease holders are told apart.</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Takes or renews the lease <paramref name="name"/> for <paramref name="term"/>; false while another instance holds it.</summary>
    public async Task<bool> HoldAsync(string name, TimeSpan term, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await database.OpenAsync(ct);
        var holder = await db.ExecuteReturningAsync<string?>(
            """
            INSERT INTO leases (name, holder, expires_at) VALUES (@name, @Holder, @expires)
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE leases.holder = excluded.holder OR leases.expires_at < @now
            RETURNING holder
            """,
            new { name, Holder, expires = DbTime.Of(now + term), now = DbTime.Of(now) });
        return holder == Holder;
    }

    /// <summary>Gives the lease up (at shutdown), so another instance need not wait for it to expire.</summary>
    public async Task ReleaseAsync(string name, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        await db.ExecuteAsync("DELETE FROM leases WHERE name = @name AND holder = @Holder", new { name, Holder });
    }
}
