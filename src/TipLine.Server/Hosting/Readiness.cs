namespace TipLine.Server.Hosting;

/// <summary>Set once the server can take messages (language models loaded, storage open); /health says so.</summary>
public sealed class Readiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompleted;

    public void SetReady() => _ready.TrySetResult();

    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            await _ready.Task.WaitAsync(timeout, ct);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
