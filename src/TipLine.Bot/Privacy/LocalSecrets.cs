using System.Security.Cryptography;
using System.Text.Json;

namespace TipLine.Bot.Privacy;

/// <summary>
/// Secrets generated on first start when configuration gives none, so the embedded default runs with no
/// set-up and never with a well-known value: for local use only, a Twilio auth token, an intake secret and a Direct Line secret
/// (the simulator reads the token from here). Keys that protect tipsters' data are in the <see cref="KeyRing"/>.
/// </summary>
public sealed class LocalSecrets
{
    public const string FileName = "local-secrets.json";

    public string TwilioAuthToken { get; set; } = "";
    public string CaseIntakeSecret { get; set; } = "";
    public string DirectLineSecret { get; set; } = "";

    public static LocalSecrets LoadOrCreate(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, FileName);
        var secrets = File.Exists(path) ? JsonSerializer.Deserialize<LocalSecrets>(File.ReadAllText(path)) ?? new() : new();
        var changed = false;
        changed |= Fill(() => secrets.TwilioAuthToken, v => secrets.TwilioAuthToken = v);
        changed |= Fill(() => secrets.CaseIntakeSecret, v => secrets.CaseIntakeSecret = v);
        changed |= Fill(() => secrets.DirectLineSecret, v => secrets.DirectLineSecret = v);
        if (changed)
        {
            var temp = path + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(secrets, new JsonSerializerOptions { WriteIndented = true }));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Move(temp, path, overwrite: true);
        }
        return secrets;
    }

    private static bool Fill(Func<string> get, Action<string> set)
    {
        if (!string.IsNullOrEmpty(get())) return false;
        set(Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant());
        return true;
    }
}
