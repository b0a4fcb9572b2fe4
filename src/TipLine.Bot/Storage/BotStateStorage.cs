using Dapper;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using TipLine.Bot.Privacy;

namespace TipLine.Bot.Storage;

/// <summary>
/// Bot Framework <see cref="IStorage"/> over the embedded database, with the ETag semantics of the SDK's own
/// stores: an <see cref="IStoreItem"/> written with a stale ETag (or with none, over an item someone else
/// created meanwhile) is refused, so two turns can never overwrite each other's conversation state.
/// </summary>
public sealed class BotStateStorage(Database database, FieldProtector protector, TimeProvider clock) : IStorage
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        SerializationBinder = new AllowedTypesBinder(),
        NullValueHandling = NullValueHandling.Include,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    };

    private const string Purpose = "conversation state";

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(string Key, string ETag, string Value)>(
            "SELECT key, etag, value FROM bot_state WHERE key IN @keys", new { keys });
        var result = new Dictionary<string, object>();
        foreach (var (key, etag, value) in rows)
        {
            var item = JsonConvert.DeserializeObject(protector.Unprotect(value, Purpose), Settings);
            if (item is null) continue;
            if (item is IStoreItem storeItem) storeItem.ETag = etag;
            result[key] = item;
        }
        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await using var db = await database.OpenAsync(cancellationToken);
        await db.AtomicallyAsync(async () =>
        {
            var now = DbTime.Of(clock.GetUtcNow());
            foreach (var (key, value) in changes)
            {
                var newETag = Guid.NewGuid().ToString("N");
                var json = protector.Protect(JsonConvert.SerializeObject(value, Settings), Purpose);
                var expected = (value as IStoreItem)?.ETag;
                int affected;
                if (value is not IStoreItem || expected == "*")
                {
                    affected = await db.ExecuteAsync(
                        "INSERT INTO bot_state (key, etag, value, updated_at) VALUES (@key, @newETag, @json, @now) " +
                        "ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, value = excluded.value, updated_at = excluded.updated_at",
                        new { key, newETag, json, now });
                }
                else if (string.IsNullOrEmpty(expected))
                {
                    affected = await db.ExecuteAsync(
                        "INSERT INTO bot_state (key, etag, value, updated_at) VALUES (@key, @newETag, @json, @now) ON CONFLICT (key) DO NOTHING",
                        new { key, newETag, json, now });
                }
                else
                {
                    affected = await db.ExecuteAsync(
                        "UPDATE bot_state SET etag = @newETag, value = @json, updated_at = @now WHERE key = @key AND etag = @expected",
                        new { key, newETag, json, now, expected });
                }

                if (affected == 0) throw new StorageConcurrencyException(key);
                if (value is IStoreItem written) written.ETag = newETag;
            }
            return true;
        });
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync("DELETE FROM bot_state WHERE key IN @keys", new { keys });
    }

    /// <summary>Type names in stored JSON are only resolved for our own and the SDK's types.</summary>
    private sealed class AllowedTypesBinder : DefaultSerializationBinder
    {
        public override Type BindToType(string? assemblyName, string typeName)
        {
            if (typeName.StartsWith("TipLine.", StringComparison.Ordinal) ||
                typeName.StartsWith("Microsoft.Bot.", StringComparison.Ordinal) ||
                typeName.StartsWith("System.Collections.Generic.", StringComparison.Ordinal) ||
                typeName.StartsWith("Newtonsoft.Json.Linq.", StringComparison.Ordinal) ||
                typeName.StartsWith("System.", StringComparison.Ordinal) && !typeName.Contains(".IO.", StringComparison.Ordinal) && !typeName.Contains("Reflection", StringComparison.Ordinal) && !typeName.Contains("Diagnostics", StringComparison.Ordinal))
            {
                return base.BindToType(assemblyName, typeName);
            }
            throw new JsonSerializationException($"Type '{typeName}' is not allowed in stored bot state.");
        }
    }
}

/// <summary>An ETag did not match: another turn changed the item first.</summary>
public sealed class StorageConcurrencyException(string key) : Exception($"Storage item '{key}' was changed by another writer (ETag mismatch).");
