using System.Net;
using Microsoft.Extensions.Options;
using TipLine.Core.Dialogs;

namespace TipLine.Server.Channels.WebChat;

/// <summary>
/// GET / and what the page asks of the server: its words in every language (from the dialog files), and a
/// token for a new conversation (the Direct Line secret never reaches the browser).
/// </summary>
public sealed class WebChatPage(IWebHostEnvironment environment, DialogSet dialogs, IOptions<WebChatOptions> options)
{
    /// <summary>Scripts only from this server, none inline; styles inline only for Web Chat's CSS-in-JS; no other origin at all.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly string[] RightToLeft = ["ar"];

    private readonly Lazy<string> _page = new(() =>
    {
        var template = File.ReadAllText(Path.Combine(environment.WebRootPath, "index.html"));
        return template
            .Replace("{{title}}", WebUtility.HtmlEncode(options.Value.PageTitle), StringComparison.Ordinal)
            .Replace("{{exitUrl}}", WebUtility.HtmlEncode(options.Value.ExitUrl), StringComparison.Ordinal);
    });

    public IResult Page(HttpContext http)
    {
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return Results.Content(_page.Value, "text/html; charset=utf-8");
    }

    public IResult Config()
    {
        var none = new Dictionary<string, string>();
        return Results.Json(new
        {
            languages = dialogs.Languages.Select(code => new { code, name = dialogs.Render("web.language.self", code, none) }),
            rightToLeft = RightToLeft,
            strings = dialogs.Languages.ToDictionary(code => code, code => new
            {
                exit = dialogs.Render("web.exit", code, none),
                hint = dialogs.Render("web.hint", code, none),
                language = dialogs.Render("web.language", code, none),
            }),
        });
    }

    public IResult Favicon() =>
        options.Value.FaviconPath is { Length: > 0 } path && File.Exists(path)
            ? Results.File(Path.GetFullPath(path), "image/x-icon")
            : Results.NotFound();
}
