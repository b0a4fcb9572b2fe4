using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using TipLine.Bot.Dispatch;
using TipLine.Core.Text;

namespace TipLine.Server.Channels.Sms;

/// <summary>Pages go out as texts from the hotline number through the Twilio REST API.</summary>
public sealed class TwilioDispatcherPager(TwilioRestSender rest) : IDispatcherPager
{
    public Task SendAsync(string to, string body, CancellationToken ct) => rest.SendAsync(to, body, ct);
}

/// <summary>
/// Texts from an on-call dispatcher's phone: <c>ACK</c> (optionally with the reference) acknowledges a page,
/// stops the paging and tells the other dispatchers who were paged. These texts never become tips.
/// </summary>
public sealed partial class DispatcherSms(Escalations escalations, IDispatcherPager pager, IOptions<DispatchOptions> options, TimeProvider clock, ILogger<DispatcherSms> logger)
{
    /// <summary>The on-call position (0-based) of a number, or -1 when it is not a dispatcher's.</summary>
    public int IndexOf(string from)
    {
        var number = Digits(from);
        return options.Value.OnCall.FindIndex(n => Digits(n) == number && number.Length > 0);
    }

    public async Task<string> HandleAsync(int index, string body, CancellationToken ct)
    {
        var who = $"on-call #{index + 1}";
        if (!TextNormalizer.FoldCommand(body).StartsWith("ack", StringComparison.Ordinal))
        {
            return "TipLine dispatcher line: reply ACK and the reference (e.g. ACK TL-7K3Q) to acknowledge a page.";
        }

        var reference = Reference().Match(body.ToUpperInvariant()) is { Success: true } m ? m.Value : null;
        var now = clock.GetUtcNow();
        var acknowledged = await escalations.AcknowledgeAsync(reference, who, now, ct);
        if (acknowledged is null)
        {
            return reference is null ? "No open emergency to acknowledge." : $"No open emergency for {reference} (already acknowledged?).";
        }

        await escalations.AuditAsync(acknowledged.TipId, who, "acknowledged", "by SMS", now, ct);
        await TellOthersAsync(acknowledged, who, index, ct);
        return $"Acknowledged {acknowledged.Reference}. Paging stopped; the others are told.";
    }

    /// <summary>Tells every dispatcher paged for <paramref name="acknowledged"/> (but the one who answered) that it is handled.</summary>
    public async Task TellOthersAsync(Escalation acknowledged, string who, int exceptIndex, CancellationToken ct)
    {
        logger.LogWarning("P1 tip {Reference} acknowledged by {Dispatcher}", acknowledged.Reference, who);
        var onCall = options.Value.OnCall;
        var paged = Enumerable.Range(0, (int)Math.Min(acknowledged.Pages, onCall.Count)).Where(i => i != exceptIndex);
        foreach (var other in paged)
        {
            try
            {
                await pager.SendAsync(onCall[other], $"TipLine: {acknowledged.Reference} is handled by {who}.", ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Could not tell on-call #{Index} that {Reference} is handled: {Exception}", other + 1, acknowledged.Reference, e.GetType().Name);
            }
        }
    }

    private static string Digits(string number) => new([.. number.Where(char.IsAsciiDigit)]);

    [GeneratedRegex("TL-[2-9A-Z]{4,8}")]
    private static partial Regex Reference();
}
