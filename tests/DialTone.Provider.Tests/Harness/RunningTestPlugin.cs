namespace DialTone.Provider.Tests.Harness;

/// <summary>
/// Tests that need a test plugin of their own, fresh for each test: those that write widgets, cancel, or stop the
/// process. Construct, which needs the engine's ResourceMonitor, is tested through the engine harness
/// (tests/DialTone.Engine.Tests/Components) and against a scripted monitor (Components/).
/// </summary>
public abstract class RunningTestPlugin : IAsyncLifetime
{
    private TestPlugin _plugin = null!;

    private protected EngineServer Engine => _plugin.Engine;

    private protected PluginProcess Plugin => _plugin.Process;

    private protected ProviderClient Client => _plugin.Client;

    private protected string WidgetsDirectory => _plugin.WidgetsDirectory;

    public async Task InitializeAsync() => _plugin = await TestPlugin.StartAsync();

    public async Task DisposeAsync() => await _plugin.DisposeAsync();
}
