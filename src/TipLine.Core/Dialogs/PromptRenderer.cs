using System.Text;

namespace TipLine.Core.Dialogs;

/// <summary>Turns a step into the text a person receives: the question, then numbered options so "2" works on SMS.</summary>
public static class PromptRenderer
{
    public static string Question(DialogSet set, DialogStep step, string language, Func<int, int>? pick)
    {
        var text = new StringBuilder(set.Text(step.Ask!, language, pick));
        for (var i = 0; i < step.Options.Length; i++)
        {
            text.Append('\n').Append(i + 1).Append(' ').Append(set.Text(step.Options[i].LabelKey, language, pick));
        }
        return text.ToString();
    }
}
