namespace DialTone.Provider.Tests.Harness;

/// <summary>Tests that share one DialTone plugin process, started as the engine starts it, per test.</summary>
public abstract class RunningDialTone : IAsyncLifetime
{
    private protected PluginProcess Plugin { get; private set; } = null!;

    public async Task InitializeAsync() => Plugin = await PluginProcess.StartDialToneAsync("127.0.0.1:1");

    public async Task DisposeAsync() => await Plugin.DisposeAsync();
}
