using TipLine.Bot.Storage;

namespace TipLine.Bot.Intake;

/// <summary>Where records go: the signed webhook, or a folder of files. Delivery must be idempotent per tip and revision.</summary>
public interface IIntakeSink
{
    string Name { get; }

    Task<(bool Delivered, string? Error)> DeliverAsync(OutboxEntry entry, CancellationToken ct);
}

/// <summary>The signed HTTPS webhook (<c>CaseIntake:Url</c>).</summary>
public sealed class WebhookSink(CaseIntakeClient client, Uri url, IntakeSecret secret) : IIntakeSink
{
    public string Name => IntakeSinkNames.Webhook;

    public Task<(bool Delivered, string? Error)> DeliverAsync(OutboxEntry entry, CancellationToken ct) => client.SendAsync(url, secret.Value, entry, ct);
}

/// <summary>
/// One JSON file per record revision (<c>{tipId}.r{revision}.json</c>) in <c>CaseIntake:DropDirectory</c>,
/// written to a temporary name and renamed, so an importer never sees half a file. Writing the same revision
/// again replaces the file with identical content: idempotent.
/// </summary>
public sealed class FileDropSink(string directory) : IIntakeSink
{
    public string Name => IntakeSinkNames.File;

    public async Task<(bool Delivered, string? Error)> DeliverAsync(OutboxEntry entry, CancellationToken ct)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var final = Path.Combine(directory, $"{entry.TipId}.r{entry.Revision}.json");
            var temp = Path.Combine(directory, $".{entry.TipId}.r{entry.Revision}.{Guid.NewGuid():N}.tmp");
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
            {
                await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(entry.Payload), ct);
                await stream.FlushAsync(ct);
            }
            File.Move(temp, final, overwrite: true);
            return (true, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (false, e.GetType().Name + ": " + e.Message);
        }
    }
}
