using Dapper;

namespace TipLine.Bot.Storage;

/// <summary>Who sent STOP: by keyed hash of their address, never the address itself.</summary>
public sealed class OptOuts(Database database, TimeProvider clock)
{
    public async Task<bool> IsOptedOutAsync(string addressHash, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        return await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM opt_outs WHERE address_hash = @addressHash", new { addressHash }) > 0;
    }

    public async Task OptOutAsync(string addressHash, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        await db.ExecuteAsync("INSERT INTO opt_outs (address_hash, opted_out_at) VALUES (@addressHash, @now) ON CONFLICT DO NOTHING",
            new { addressHash, now = DbTime.Of(clock.GetUtcNow()) });
    }

    public async Task OptInAsync(string addressHash, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        await db.ExecuteAsync("DELETE FROM opt_outs WHERE address_hash = @addressHash", new { addressHash });
    }
}
