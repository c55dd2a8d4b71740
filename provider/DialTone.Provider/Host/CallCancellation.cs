namespace DialTone.Provider.Host;

/// <summary>
/// The token every call is linked to. The Cancel RPC cancels the calls in flight; calls that arrive afterwards get
/// a fresh token, since an attached provider serves the next session after a Cancel.
/// </summary>
public sealed class CallCancellation
{
    private CancellationTokenSource _source = new();

    public CancellationToken Token => Volatile.Read(ref _source).Token;

    public void CancelAll() =>
        // The cancelled source is not disposed: a call arriving at this moment may still be reading its token, which
        // a disposed source would refuse. Nothing else holds it once its calls have ended.
        Interlocked.Exchange(ref _source, new CancellationTokenSource()).Cancel();
}
