using System.Security.Cryptography;
using System.Text;

namespace TipLine.Bot.Privacy;

/// <summary>
/// Authenticated encryption (AES-256-GCM, System.Security.Cryptography) of what is stored: message bodies,
/// drafts, records, conversation state, media. A value reads <c>enc1.&lt;key id&gt;.&lt;base64 nonce|tag|ciphertext&gt;</c>,
/// so it names the key that opens it. The purpose ("tip draft", "outbox record") is bound as associated data:
/// a value copied into another column does not decrypt.
/// </summary>
public sealed class FieldProtector(KeyRing keys)
{
    private const string Prefix = "enc1.";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public string Protect(string plaintext, string purpose) =>
        Prefix + keys.CurrentId + "." + Convert.ToBase64String(Seal(Encoding.UTF8.GetBytes(plaintext), purpose, keys.Current));

    public string Unprotect(string stored, string purpose)
    {
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal)) throw new CryptographicException($"A stored {purpose} is not encrypted.");
        var dot = stored.IndexOf('.', Prefix.Length);
        var keyId = stored[Prefix.Length..dot];
        if (!keys.Keys.TryGetValue(keyId, out var key)) throw new CryptographicException($"The key '{keyId}' for a stored {purpose} is not in the key file.");
        return Encoding.UTF8.GetString(Open(Convert.FromBase64String(stored[(dot + 1)..]), purpose, key));
    }

    /// <summary>The key id a stored value was encrypted with (for rotation tests and audits).</summary>
    public static string KeyIdOf(string stored) => stored[Prefix.Length..stored.IndexOf('.', Prefix.Length)];

    public byte[] ProtectBytes(byte[] plaintext, string purpose)
    {
        var id = Encoding.ASCII.GetBytes(keys.CurrentId);
        return [(byte)id.Length, .. id, .. Seal(plaintext, purpose, keys.Current)];
    }

    public byte[] UnprotectBytes(byte[] stored, string purpose)
    {
        var id = Encoding.ASCII.GetString(stored, 1, stored[0]);
        return Open(stored[(1 + stored[0])..], purpose, keys.Keys[id]);
    }

    private static byte[] Seal(byte[] plaintext, string purpose, byte[] key)
    {
        var output = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(purpose));
        return output;
    }

    private static byte[] Open(byte[] sealedData, string purpose, byte[] key)
    {
        var plaintext = new byte[sealedData.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedData.AsSpan(0, NonceSize), sealedData.AsSpan(NonceSize + TagSize), sealedData.AsSpan(NonceSize, TagSize), plaintext, Encoding.UTF8.GetBytes(purpose));
        return plaintext;
    }
}
