using System.Security.Cryptography;
using System.Text.Json;

namespace TipLine.Bot.Privacy;

/// <summary>
/// The keys that protect what tipsters wrote: data-encryption keys by id (the current one encrypts; every one
/// decrypts, so rotation never strands an old record) and the key that hashes sender addresses (never rotated:
/// conversations and opt-outs are found by it). Kept in a key file outside the data directory
/// (<c>TipLine:KeyFile</c>, default <c>./keys/tipline-keys.json</c>), so a copy of the data directory alone
/// reveals nothing.
/// </summary>
public sealed class KeyRing
{
    private KeyRing(string current, IReadOnlyDictionary<string, byte[]> keys, byte[] addressKey)
    {
        CurrentId = current;
        Keys = keys;
        AddressKey = addressKey;
    }

    public string CurrentId { get; }
    public IReadOnlyDictionary<string, byte[]> Keys { get; }
    public byte[] AddressKey { get; }
    public byte[] Current => Keys[CurrentId];

    public static KeyRing LoadOrCreate(string path)
    {
        var file = File.Exists(path) ? Read(path) : null;
        if (file is null)
        {
            file = new KeyFile { Current = "k1", Keys = new() { ["k1"] = NewKey() }, AddressKey = NewKey() };
            Write(path, file);
        }
        return From(file, path);
    }

    /// <summary>Adds a new data-encryption key and makes it current; the old ones stay for reading.</summary>
    public static string Rotate(string path)
    {
        var file = Read(path) ?? throw new FileNotFoundException("No key file to rotate.", path);
        var next = "k" + (file.Keys.Keys.Select(k => int.TryParse(k.AsSpan(1), out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1);
        file.Keys[next] = NewKey();
        file.Current = next;
        Write(path, file);
        return next;
    }

    private static KeyRing From(KeyFile file, string path)
    {
        if (!file.Keys.ContainsKey(file.Current)) throw new InvalidDataException($"{path}: the current key '{file.Current}' is not in the file.");
        var keys = file.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value));
        if (keys.Values.Any(k => k.Length != 32)) throw new InvalidDataException($"{path}: every key must be 32 bytes (base64).");
        return new KeyRing(file.Current, keys, Convert.FromBase64String(file.AddressKey));
    }

    private static KeyFile? Read(string path) => File.Exists(path) ? JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path)) : null;

    private static void Write(string path, KeyFile file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(file, new JsonSerializerOptions { WriteIndented = true }));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temp, path, overwrite: true);
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private sealed class KeyFile
    {
        public string Current { get; set; } = "";
        public Dictionary<string, string> Keys { get; set; } = [];
        public string AddressKey { get; set; } = "";
    }
}
