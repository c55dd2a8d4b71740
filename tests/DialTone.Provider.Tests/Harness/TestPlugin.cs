using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Provider.Tests.Harness;

/// <summary>
/// The test plugin (tests/DialTone.TestPlugin) started as the engine starts it, with the address of an engine the
/// test hosts (its Engine log, and whatever further services are given, such as a ResourceMonitor), and configured
/// with a lab path in a temporary directory, beside which its widgets are kept.
/// </summary>
internal sealed class TestPlugin : IAsyncDisposable
{
    public const string Token = "dialtonetest:index:Widget";
    public const string Stack = "dev";
    public const string Project = "widgets";

    private readonly DirectoryInfo _lab;

    private TestPlugin(DirectoryInfo lab, EngineServer engine, PluginProcess process)
    {
        _lab = lab;
        Engine = engine;
        Process = process;
    }

    public EngineServer Engine { get; }

    public PluginProcess Process { get; }

    public ProviderClient Client => Process.Client;

    /// <summary>Where the test plugin keeps its widgets, one JSON file each.</summary>
    public string WidgetsDirectory => Path.Combine(_lab.FullName, "lab.db.widgets");

    public static string UrnOf(string name) => $"urn:pulumi:{Stack}::{Project}::{Token}::{name}";

    public static async Task<TestPlugin> StartAsync(params UnaryMethod[] engineServices)
    {
        var lab = Directory.CreateTempSubdirectory("dialtone-test-plugin-");
        EngineServer? engine = null;
        PluginProcess? process = null;
        try
        {
            engine = await EngineServer.StartAsync(engineServices);
            process = await PluginProcess.StartTestPluginAsync(engine.Address);
            await process.Client.ConfigureAsync(new ConfigureRequest { Args = Structs.Of(("lab", Structs.Text(Path.Combine(lab.FullName, "lab.db")))) });
            return new TestPlugin(lab, engine, process);
        }
        catch
        {
            // Nobody else will stop what has started.
            await DisposeAsync(lab, engine, process);
            throw;
        }
    }

    public ValueTask DisposeAsync() => DisposeAsync(_lab, Engine, Process);

    private static async ValueTask DisposeAsync(DirectoryInfo lab, EngineServer? engine, PluginProcess? process)
    {
        if (process is not null)
        {
            await process.DisposeAsync();
        }
        if (engine is not null)
        {
            await engine.DisposeAsync();
        }
        lab.Delete(recursive: true);
    }
}
