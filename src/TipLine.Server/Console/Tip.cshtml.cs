using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TipLine.Bot.Dispatch;
using TipLine.Bot.Storage;
using TipLine.Core.Tips;
using TipLine.Core.Triage;

namespace TipLine.Server.Console;

/// <summary>
/// One tip: the transcript with the English beside the original, what was extracted, the triage reasons,
/// attachments, notes, the audit trail, and the dispatcher's actions. Every view is recorded. The tipster's
/// number or any identifier of theirs is never shown.
/// </summary>
public sealed class TipModel(TipStore tips, TipRecordBuilder builder, Casework casework, Escalations escalations, TipActions actions,
    UserManager<IdentityUser> users, TimeProvider clock) : PageModel
{
    public TipRow Tip { get; private set; } = null!;
    public TipRecord Record { get; private set; } = null!;
    public string State { get; private set; } = CaseState.New;
    public string? AssignedTo { get; private set; }
    public bool Paging { get; private set; }
    public IReadOnlyList<TipNote> Notes { get; private set; } = [];
    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];
    public IReadOnlyList<string> Staff { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    private string Me => User.Identity!.Name!;

    /// <summary>A request naming no handler this page has (a mistyped or forged form) is not found, not a page without its tip.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null)
        {
            context.Result = NotFound();
            return;
        }
        await next();
    }

    public async Task<IActionResult> OnGetAsync([FromRoute] string reference, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(reference, ct)) return NotFound();
        await escalations.AuditAsync(Tip.TipId, Me, "viewed", null, clock.GetUtcNow(), ct);
        Message = done;
        await LoadAsync(reference, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetTranscriptAsync([FromRoute] string reference, CancellationToken ct) =>
        await LoadAsync(reference, ct) ? Partial("_Transcript", this) : NotFound();

    public Task<IActionResult> OnPostAcknowledgeAsync([FromRoute] string reference, CancellationToken ct) =>
        ActAsync(reference, "Acknowledged: paging stopped.", () => actions.AcknowledgeAsync(Tip, Me, ct), ct);

    public Task<IActionResult> OnPostUrgencyAsync([FromRoute] string reference, Urgency urgency, string? reason, CancellationToken ct) =>
        ActAsync(reference, $"Urgency set to {urgency}.", () => actions.ChangeUrgencyAsync(Tip, urgency, reason ?? "", Me, ct), ct);

    public Task<IActionResult> OnPostAssignAsync([FromRoute] string reference, string? assignee, CancellationToken ct) =>
        ActAsync(reference, "Assignment saved.", async () =>
        {
            var to = string.IsNullOrWhiteSpace(assignee) ? null : assignee;
            if (to is not null && await users.FindByNameAsync(to) is null) return "No such user.";
            await casework.AssignAsync(Tip.TipId, to, Me, clock.GetUtcNow(), ct);
            return null;
        }, ct);

    public Task<IActionResult> OnPostStateAsync([FromRoute] string reference, string? state, CancellationToken ct) =>
        ActAsync(reference, "State saved.", async () =>
        {
            if (state is null || !CaseState.All.Contains(state)) return "Choose a state.";
            await casework.SetStateAsync(Tip.TipId, state, Me, clock.GetUtcNow(), ct);
            return null;
        }, ct);

    public Task<IActionResult> OnPostNoteAsync([FromRoute] string reference, string? note, CancellationToken ct) =>
        ActAsync(reference, "Note added.", async () =>
        {
            if (string.IsNullOrWhiteSpace(note)) return "Write the note first.";
            if (note.Length > 4000) return "Keep a note under 4000 characters.";
            await casework.AddNoteAsync(Tip.TipId, note.Trim(), Me, clock.GetUtcNow(), ct);
            return null;
        }, ct);

    public Task<IActionResult> OnPostReplyAsync([FromRoute] string reference, string? message, CancellationToken ct) =>
        ActAsync(reference, "Sent to the tipster.", () => actions.ReplyAsync(Tip, message ?? "", Me, ct), ct);

    /// <summary>Runs an action; on success redirects (so a reload does not repeat it), on failure shows the page with the error.</summary>
    private async Task<IActionResult> ActAsync([FromRoute] string reference, string done, Func<Task<string?>> action, CancellationToken ct)
    {
        if (!await LoadAsync(reference, ct)) return NotFound();
        var error = ModelState.IsValid ? await action() : "That was not a valid choice.";
        if (error is null) return RedirectToPage(new { reference, done });
        Error = error;
        await LoadAsync(reference, ct);
        return Page();
    }

    private async Task<bool> LoadAsync([FromRoute] string reference, CancellationToken ct)
    {
        if (await tips.FindByReferenceAsync(reference.ToUpperInvariant(), ct) is not { } tip) return false;
        Tip = tip;
        Record = builder.Build(tip.Draft, tip.TipId, tip.Revision, tip.Reference, clock.GetUtcNow(), SubmitReason.Completed);
        (State, AssignedTo) = await casework.StateAsync(tip.TipId, ct);
        Paging = await escalations.IsPagingAsync(tip.TipId, ct);
        Notes = await casework.NotesAsync(tip.TipId, ct);
        Audit = await escalations.AuditTrailAsync(tip.Reference, ct);
        Staff = [.. users.Users.Select(u => u.UserName!).OrderBy(n => n)];
        return true;
    }

    /// <summary>The English of a tipster's text, when it is not in English and a translation has arrived.</summary>
    public string? EnglishOf(TranscriptEntry entry) =>
        entry.FromTipster && Tip.Draft.Language != "en" && Tip.Draft.Translations.TryGetValue(entry.Text, out var english) ? english : null;
}
