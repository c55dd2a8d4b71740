using DialTone.Provider.Protocol;

namespace DialTone.Provider.Tests.Harness;

/// <summary>
/// Tests that drive the test plugin through the engine's calls, one at a time: a fresh plugin per test, started with
/// the address of an engine the test hosts (its Engine log), configured with a lab path in a temporary directory
/// beside which its widgets are kept. Construct, which needs the engine's ResourceMonitor, is tested through the
/// engine harness (tests/DialTone.Engine.Tests/Components).
/// </summary>
public abstract class RunningTestPlugin : IAsyncLifetime
{
    internal const string Token = "dialtonetest:index:Widget";
    internal const string Stack = "dev";
    internal const string Project = "widgets";

    private readonly DirectoryInfo _lab = Directory.CreateTempSubdirectory("dialtone-test-plugin-");

    private protected EngineServer Engine { get; private set; } = null!;

    private protected PluginProcess Plugin { get; private set; } = null!;

    private protected ProviderClient Client => Plugin.Client;

    /// <summary>Where the test plugin keeps its widgets, one JSON file each.</summary>
    private protected string WidgetsDirectory => Path.Combine(_lab.FullName, "lab.db.widgets");

    public async Task InitializeAsync()
    {
        Engine = await EngineServer.StartAsync();
        Plugin = await PluginProcess.StartTestPluginAsync(Engine.Address);
        try
        {
            await Client.ConfigureAsync(new ConfigureRequest { Args = Structs.Of(("lab", Structs.Text(Path.Combine(_lab.FullName, "lab.db")))) });
        }
        catch
        {
            // xunit does not dispose a test whose initialisation failed: stop the plugin here.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        await Plugin.DisposeAsync();
        await Engine.DisposeAsync();
        _lab.Delete(recursive: true);
    }

    internal static string UrnOf(string name) => $"urn:pulumi:{Stack}::{Project}::{Token}::{name}";
}
