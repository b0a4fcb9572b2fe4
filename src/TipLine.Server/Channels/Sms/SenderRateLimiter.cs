using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace TipLine.Server.Channels.Sms;

/// <summary>
/// How many texts a sender may send a minute before their turns are held (System.Threading.RateLimiting,
/// the limiter ASP.NET Core's middleware is built on, partitioned by the sender's keyed hash). A held text is
/// still recorded and runs later: a flood slows the flooder, never loses a tip, never holds up others.
/// </summary>
public sealed class SenderRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SenderRateLimiter(IOptions<TwilioOptions> options) =>
        _limiter = PartitionedRateLimiter.Create<string, string>(sender => RateLimitPartition.GetFixedWindowLimiter(sender, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.MaxTextsPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public bool TryAcquire(string senderHash)
    {
        using var lease = _limiter.AttemptAcquire(senderHash);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
