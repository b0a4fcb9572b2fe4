using System.Security.Cryptography;
using TipLine.Bot.Privacy;

namespace TipLine.Bot.Storage;

/// <summary>A stored photo or file: its bytes, decrypted, and what it is.</summary>
public sealed record MediaContent(byte[] Bytes, string ContentType);

/// <summary>
/// Media tipsters send (MMS photos), encrypted in the database and found by their SHA-256, which the tip's
/// record carries (<c>tipline-media:{sha256}</c>): the task force fetches them from us, never from a public URL.
/// </summary>
public sealed class MediaStore(Database database, FieldProtector protector)
{
    private const string Purpose = "media";

    /// <summary>Stores <paramref name="bytes"/> once (the same photo sent twice is one row) and returns its SHA-256.</summary>
    public async Task<string> SaveAsync(byte[] bytes, string contentType, DateTimeOffset at, CancellationToken ct = default)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await using var db = await database.OpenAsync(ct);
        await db.ExecuteAsync(
            """
            INSERT INTO media (sha256, content_type, size, stored_at, content) VALUES (@sha, @contentType, @size, @at, @content)
            ON CONFLICT (sha256) DO NOTHING
            """,
            new { sha, contentType, size = (long)bytes.Length, at = DbTime.Of(at), content = protector.ProtectBytes(bytes, Purpose) });
        return sha;
    }

    public async Task<MediaContent?> ReadAsync(string sha256, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var row = await db.QuerySingleOrDefaultAsync<(string ContentType, byte[] Content)?>(
            "SELECT content_type, content FROM media WHERE sha256 = @sha256", new { sha256 });
        return row is { } r ? new MediaContent(protector.UnprotectBytes(r.Content, Purpose), r.ContentType) : null;
    }
}
