using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.IdentityModel.Tokens;
using TipLine.Server.Hosting;

namespace TipLine.Server.Channels.BotFramework;

/// <summary>
/// POST /api/messages: the SDK's CloudAdapter does the protocol and the authentication. A token it cannot
/// validate (a forged signature, an unknown key) surfaces as an exception the adapter does not map, so it
/// is answered 401 here rather than 500; every refusal is counted.
/// </summary>
public sealed class BotFrameworkEndpoint(CloudAdapter adapter, BotFrameworkTurns bot, SecurityMetrics security)
{
    public async Task ProcessAsync(HttpContext http)
    {
        try
        {
            await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
        }
        catch (SecurityTokenException) when (!http.Response.HasStarted)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        if (http.Response.StatusCode == StatusCodes.Status401Unauthorized) security.Refused("unauthorized", "api/messages");
    }
}
