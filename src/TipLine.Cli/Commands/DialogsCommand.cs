using System.CommandLine;
using TipLine.Core;
using TipLine.Core.Dialogs;

namespace TipLine.Cli.Commands;

/// <summary><c>tipline dialogs check</c>: the start-up checks of the dialog files, without starting the server.</summary>
public static class DialogsCommand
{
    public static Command Create()
    {
        var dir = new Option<string?>("--dir") { Description = "The dialogs directory (default: the repository's dialogs/)." };
        var check = new Command("check", "Report every problem in the dialog files, with file and line.") { dir };
        check.SetAction(result =>
        {
            var directory = result.GetValue(dir) ?? RepositoryPaths.Find("dialogs");
            var (set, problems) = DialogSet.TryLoad(directory);
            foreach (var problem in problems) Console.Error.WriteLine(problem);
            if (set is null)
            {
                Console.Error.WriteLine($"{problems.Count} problem(s).");
                return 1;
            }
            var strings = set.Strings.ToList();
            Console.WriteLine($"OK: {set.Flows.Count()} flows, {strings.Count} strings in {string.Join(", ", set.Languages)}.");
            foreach (var language in set.Languages)
            {
                Console.WriteLine($"  {language}: reviewed by a native speaker: {strings.Count(s => s.Reviewed.Contains(language))}/{strings.Count}");
            }
            return 0;
        });
        return new Command("dialogs", "Work with the dialog files.") { check };
    }
}
