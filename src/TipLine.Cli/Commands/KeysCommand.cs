using System.CommandLine;
using TipLine.Bot.Privacy;

namespace TipLine.Cli.Commands;

/// <summary><c>tipline keys rotate</c>: a new encryption key becomes current; the old ones stay to read older records.</summary>
public static class KeysCommand
{
    public static Command Create()
    {
        var file = new Option<string>("--file") { Description = "The key file (TipLine:KeyFile).", DefaultValueFactory = _ => "./keys/tipline-keys.json" };
        var rotate = new Command("rotate", "Add a new encryption key and make it current. Restart the server to use it.") { file };
        rotate.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"No key file at {Path.GetFullPath(path)} (use --file).");
                return 2;
            }
            Console.WriteLine($"New current key: {KeyRing.Rotate(path)}. Older keys are kept for reading; restart the server to write with the new one.");
            return 0;
        });
        return new Command("keys", "Manage the encryption keys.") { rotate };
    }
}
