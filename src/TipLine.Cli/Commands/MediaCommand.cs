using System.CommandLine;
using TipLine.Bot.Privacy;
using TipLine.Bot.Storage;

namespace TipLine.Cli.Commands;

/// <summary><c>tipline media SHA256 --out FILE</c>: a photo a tipster sent, by the <c>tipline-media:</c> reference in its record.</summary>
public static class MediaCommand
{
    public static Command Create()
    {
        var sha = new Argument<string>("sha256") { Description = "The attachment's sha256 (its record's fetch reference is tipline-media:SHA256)." };
        var output = new Option<string>("--out") { Description = "Where to write it.", Required = true };
        var data = new Option<string>("--data") { Description = "The server's data directory.", DefaultValueFactory = _ => "./data" };
        var keys = new Option<string>("--keys") { Description = "The key file (TipLine:KeyFile).", DefaultValueFactory = _ => "./keys/tipline-keys.json" };
        var media = new Command("media", "Write a stored photo or file to disk, decrypted.") { sha, output, data, keys };
        media.SetAction(async (result, ct) =>
        {
            var keyFile = result.GetValue(keys)!;
            if (DataDirectory.Open(result.GetValue(data)!) is not { } database) return 2;
            if (!File.Exists(keyFile))
            {
                Console.Error.WriteLine($"No key file at {Path.GetFullPath(keyFile)} (use --keys).");
                return 2;
            }
            var reference = result.GetValue(sha)!.Replace("tipline-media:", "", StringComparison.Ordinal).ToLowerInvariant();
            if (await new MediaStore(database, new FieldProtector(KeyRing.LoadOrCreate(keyFile))).ReadAsync(reference, ct) is not { } content)
            {
                Console.Error.WriteLine($"No stored media {reference} (purged, or never received).");
                return 1;
            }
            var path = result.GetValue(output)!;
            await File.WriteAllBytesAsync(path, content.Bytes, ct);
            Console.WriteLine($"{content.ContentType}, {content.Bytes.Length} bytes: {Path.GetFullPath(path)}");
            return 0;
        });
        return media;
    }
}
