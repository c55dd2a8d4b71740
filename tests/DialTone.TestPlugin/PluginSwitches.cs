namespace DialTone.TestPlugin;

/// <summary>
/// Switches a test sets for a whole plugin process through its environment (tests start the plugin through a
/// launcher script that sets them), for behaviour that no widget property should carry.
/// </summary>
internal static class PluginSwitches
{
    private static readonly TaskCompletionSource Together = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private static int _started;

    /// <summary>
    /// DIALTONE_TEST_PARTIAL_CREATE_WITHOUT_ID=1: a create that fails its inspection reports no id, a provider bug
    /// the engine must not save.
    /// </summary>
    public static bool PartialCreateWithoutId => Environment.GetEnvironmentVariable("DIALTONE_TEST_PARTIAL_CREATE_WITHOUT_ID") == "1";

    /// <summary>
    /// DIALTONE_TEST_CREATES_TOGETHER=n: each create waits until n creates have started in this process, so a test
    /// proves that creates overlap without relying on timing; a create still alone after 30 s fails, naming the count.
    /// </summary>
    public static async Task WaitForCreatesTogetherAsync(CancellationToken cancel)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("DIALTONE_TEST_CREATES_TOGETHER"), out var together))
        {
            return;
        }
        if (Interlocked.Increment(ref _started) >= together)
        {
            Together.TrySetResult();
        }
        try
        {
            await Together.Task.WaitAsync(TimeSpan.FromSeconds(30), cancel);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"only {Volatile.Read(ref _started)} of {together} creates started together within 30 s");
        }
    }
}
