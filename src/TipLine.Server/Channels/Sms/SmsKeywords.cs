using System.Collections.Frozen;
using TipLine.Bot.Conversation;
using TipLine.Core.Text;

namespace TipLine.Server.Channels.Sms;

/// <summary>
/// The carrier keywords, matched on the whole message as US carriers and Twilio do: STOP and its synonyms
/// opt out, START opts back in, HELP gets the hotline's own help text (not the carrier default).
/// </summary>
public static class SmsKeywords
{
    private static readonly FrozenDictionary<string, (string Event, string Language)> Words = new Dictionary<string, (string, string)>
    {
        ["stop"] = (ControlEvents.Stop, "en"), ["stopall"] = (ControlEvents.Stop, "en"), ["unsubscribe"] = (ControlEvents.Stop, "en"),
        ["cancel"] = (ControlEvents.Stop, "en"), ["end"] = (ControlEvents.Stop, "en"), ["quit"] = (ControlEvents.Stop, "en"),
        ["optout"] = (ControlEvents.Stop, "en"), ["revoke"] = (ControlEvents.Stop, "en"), ["parar"] = (ControlEvents.Stop, "es"),
        ["start"] = (ControlEvents.Start, "en"), ["unstop"] = (ControlEvents.Start, "en"), ["yes"] = (ControlEvents.Start, "en"),
        ["help"] = (ControlEvents.Help, "en"), ["info"] = (ControlEvents.Help, "en"), ["ayuda"] = (ControlEvents.Help, "es"),
    }.ToFrozenDictionary();

    /// <summary>The control event a message stands for, if it is a keyword. "yes" counts as START only for someone who opted out.</summary>
    public static (string Event, string Language)? Match(string body, bool optedOut)
    {
        if (!Words.TryGetValue(TextNormalizer.FoldCommand(body), out var hit)) return null;
        if (hit.Event == ControlEvents.Start && !optedOut && TextNormalizer.FoldCommand(body) == "yes") return null;
        return hit;
    }
}
