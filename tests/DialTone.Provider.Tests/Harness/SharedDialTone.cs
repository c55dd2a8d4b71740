namespace DialTone.Provider.Tests.Harness;

/// <summary>
/// One DialTone plugin, started as the engine starts it, for a whole test class (IClassFixture), for tests whose
/// calls leave nothing a later test could see. Its engine address leads nowhere: logs fall back to stderr.
/// </summary>
public sealed class SharedDialTone : IAsyncLifetime
{
    internal PluginProcess Plugin { get; private set; } = null!;

    public async Task InitializeAsync() => Plugin = await PluginProcess.StartDialToneAsync("127.0.0.1:1");

    public async Task DisposeAsync() => await Plugin.DisposeAsync();
}
