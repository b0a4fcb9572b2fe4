using Microsoft.AspNetCore.Diagnostics;
using TipLine.Bot.Storage;

namespace TipLine.Server.Hosting;

/// <summary>
/// A request that failed because the database is away (restarting, unreachable) gets 503 with Retry-After, not
/// 500: nothing was half-written (a turn commits all or nothing, a message is in the inbound ledger or not at all),
/// so Twilio's re-send, or the web chat's, is safe. The connection pool reconnects by itself when the database is back.
/// </summary>
public sealed class DatabaseUnavailableHandler(Database database, IProblemDetailsService problems, ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (!database.IsUnavailable(exception)) return false;
        logger.LogWarning("The database is unavailable ({Exception}); answered 503", exception.GetType().Name);
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = "The database is unavailable; try again shortly." },
        });
    }
}
