using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TipLine.Bot.Dispatch;

namespace TipLine.Server.Console;

/// <summary>The queue: every tip by urgency and age; the page refreshes it when the server says something changed.</summary>
public sealed class QueueModel(Casework casework) : PageModel
{
    public IReadOnlyList<QueueItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await casework.QueueAsync(ct: ct);

    public async Task<IActionResult> OnGetQueueAsync(CancellationToken ct) => Partial("_Queue", await casework.QueueAsync(ct: ct));
}
