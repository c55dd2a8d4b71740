namespace DialTone.Provider.Tests.Harness;

/// <summary>
/// Tests that need a test plugin of their own, fresh for each test: those that write widgets, cancel, or stop the
/// process. The engine the test hosts serves the ResourceMonitor for Construct as well.
/// </summary>
public abstract class RunningTestPlugin : IAsyncLifetime
{
    private TestPlugin _plugin = null!;

    private protected EngineServer Engine => _plugin.Engine;

    private protected FakeMonitor Monitor { get; } = new(TestPlugin.Stack, TestPlugin.Project);

    private protected PluginProcess Plugin => _plugin.Process;

    private protected ProviderClient Client => _plugin.Client;

    private protected string WidgetsDirectory => _plugin.WidgetsDirectory;

    public async Task InitializeAsync()
    {
        _plugin = await TestPlugin.StartAsync(Monitor.Methods);
        Monitor.Provider = Client;
    }

    public async Task DisposeAsync() => await _plugin.DisposeAsync();
}
