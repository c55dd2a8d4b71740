using DialTone.Provider.Tests.Harness;

namespace DialTone.Provider.Tests.Components;

/// <summary>
/// One test plugin for a test class, whose engine hosts a <see cref="ScriptedMonitor"/>. Construct against it
/// changes nothing a later test could see, since the monitor creates children without calling back the plugin.
/// </summary>
public sealed class ScriptedEngine : IAsyncLifetime
{
    private TestPlugin _plugin = null!;

    internal ScriptedMonitor Monitor { get; } = new();

    internal ProviderClient Client => _plugin.Client;

    internal string MonitorAddress => _plugin.Engine.Address;

    public async Task InitializeAsync() => _plugin = await TestPlugin.StartAsync(Monitor.Methods);

    public async Task DisposeAsync() => await _plugin.DisposeAsync();
}
