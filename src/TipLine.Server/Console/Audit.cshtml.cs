using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TipLine.Bot.Dispatch;
using TipLine.Bot.Staff;

namespace TipLine.Server.Console;

/// <summary>Every view and action on every tip, newest first: supervisors only.</summary>
[Authorize(Roles = StaffRoles.Supervisor)]
public sealed class AuditModel(Escalations escalations) : PageModel
{
    public IReadOnlyList<(string Reference, AuditEntry Entry)> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Entries = await escalations.RecentAuditAsync(500, ct);
}
