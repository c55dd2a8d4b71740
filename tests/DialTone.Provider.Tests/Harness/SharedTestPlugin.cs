namespace DialTone.Provider.Tests.Harness;

/// <summary>
/// One test plugin for a whole test class (IClassFixture), for tests whose calls change nothing a later test could
/// see (Check, Diff, GetSchema): a plugin start is the slowest part of a test.
/// </summary>
public sealed class SharedTestPlugin : IAsyncLifetime
{
    private TestPlugin _plugin = null!;

    internal ProviderClient Client => _plugin.Client;

    public async Task InitializeAsync() => _plugin = await TestPlugin.StartAsync();

    public async Task DisposeAsync() => await _plugin.DisposeAsync();
}
