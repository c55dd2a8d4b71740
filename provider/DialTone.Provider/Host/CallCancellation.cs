namespace DialTone.Provider.Host;

/// <summary>
/// The token every call is linked to. The Cancel RPC cancels the calls in flight; calls that arrive afterwards get
/// a fresh token, since an attached provider serves the next session after a Cancel.
/// </summary>
public sealed class CallCancellation : IDisposable
{
    private CancellationTokenSource _source = new();

    public CancellationToken Token => _source.Token;

    public void CancelAll()
    {
        using var cancelled = Interlocked.Exchange(ref _source, new CancellationTokenSource());
        cancelled.Cancel();
    }

    public void Dispose() => _source.Dispose();
}
