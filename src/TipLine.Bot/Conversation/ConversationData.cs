using Microsoft.Bot.Builder;
using TipLine.Core.Dialogs;

namespace TipLine.Bot.Conversation;

/// <summary>A conversation's state between turns, stored through <see cref="IStorage"/> with its ETag.</summary>
public sealed class ConversationData : IStoreItem
{
    public string? ETag { get; set; }
    public DialogState Dialog { get; set; } = new();
    public string? TipId { get; set; }

    /// <summary>Set once a message long enough to trust decided the language; short ones never change it.</summary>
    public bool LanguageDecided { get; set; }

    /// <summary>
    /// Where a dispatcher's message reaches this person (an SMS number), kept so the task force can talk back
    /// to an anonymous tipster without ever seeing it. Encrypted with the rest of the state; gone on STOP.
    /// </summary>
    public string? ReplyAddress { get; set; }

    /// <summary>Whether the person was told, once, that we could not tell their language.</summary>
    public bool UnknownLanguageNoticeGiven { get; set; }

    public static string StorageKey(string conversationKey) => "conversation/" + conversationKey;
}

/// <summary>What channel adapters put in the turn state for the bot (Bot Framework's TurnState bag).</summary>
public static class TurnKeys
{
    /// <summary>The address replies go to (a phone number): used only if the person agrees to be contacted.</summary>
    public const string ReplyAddress = "TipLine.ReplyAddress";

    /// <summary>Media the channel has already fetched and stored (a list of Core.Tips.StoredMedia).</summary>
    public const string Attachments = "TipLine.Attachments";

    /// <summary>The key the conversation is stored under, when the channel's conversation id is not fit to be one (it could identify someone).</summary>
    public const string ConversationKey = "TipLine.ConversationKey";

    /// <summary>The channel a record names ("sms", "webchat", "botframework"), when the adapter decides it rather than the activity's channel id.</summary>
    public const string Channel = "TipLine.Channel";

    /// <summary>The language a channel keyword was written in ("ayuda" → es).</summary>
    public const string KeywordLanguage = "TipLine.KeywordLanguage";
}

/// <summary>Event activities channels send for their control words (SMS STOP/START/HELP, the web page's Exit).</summary>
public static class ControlEvents
{
    public const string Stop = "tipline/stop";
    public const string Start = "tipline/start";
    public const string Help = "tipline/help";

    /// <summary>The web page opened (its value: the browser's language): the bot says hello and how to leave.</summary>
    public const string Hello = "tipline/hello";

    /// <summary>The visitor chose a language on the web page (its value: the language code).</summary>
    public const string Language = "tipline/language";
}
