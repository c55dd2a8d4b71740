using DialTone.Engine.Programs;

namespace DialTone.Engine.Tests;

/// <summary>
/// Tests that drive the test plugin's package (dialtonetest) through a stack in a project directory of their own:
/// project "widgets", stack "dev", the plugin's lab at lab.db in the project, widgets kept beside it.
/// </summary>
public abstract class WidgetStackTests : IDisposable
{
    internal const string Widget = "dialtonetest:index:Widget";
    internal const string ProviderUrn = "urn:pulumi:dev::widgets::pulumi:providers:dialtonetest::default";
    internal const string StackUrn = "urn:pulumi:dev::widgets::pulumi:pulumi:Stack::widgets-dev";

    private readonly TemporaryProject _project = new();

    protected WidgetStackTests() => Stack = _project.NewStack("widgets").WithConfig("dialtonetest:lab", "lab.db");

    private protected Stack Stack { get; }

    /// <summary>Where the test plugin keeps its widgets, one JSON file each, named by id.</summary>
    private protected string WidgetsDirectory => Path.Combine(_project.Path, "lab.db.widgets");

    internal static string UrnOf(string name) => $"urn:pulumi:dev::widgets::{Widget}::{name}";

    /// <summary>
    /// Sets an environment variable for every test plugin this stack starts: the test plugin's switches for a whole
    /// process (PluginSwitches).
    /// </summary>
    private protected void SetPluginEnvironment(string variable, string value) =>
        LaunchPluginWith($"export {variable}='{value}'\nexec '{Plugins.PluginPaths.TestPlugin}' \"$@\"");

    /// <summary>
    /// Starts every test plugin this stack starts through a launcher script in the project, this POSIX shell script,
    /// which is given the plugin's arguments.
    /// </summary>
    private protected void LaunchPluginWith(string script) => Stack.Settings = Stack.Settings with
    {
        Plugins = Stack.Settings.Plugins.SetItem("dialtonetest", Plugins.PluginLauncher.Write(_project.Path, "dialtonetest", script)),
    };

    /// <summary>A widget named "found" made outside the stack, as the test plugin stores one, for imports to adopt.</summary>
    private protected void MakeWidgetOutsideTheStack(string id, string colour)
    {
        Directory.CreateDirectory(WidgetsDirectory);
        File.WriteAllText(Path.Combine(WidgetsDirectory, id + ".json"),
            new System.Text.Json.Nodes.JsonObject { ["Name"] = "found", ["Colour"] = colour, ["Shape"] = 0, ["Serial"] = "SN-found" }.ToJsonString());
    }

    /// <summary>A widget whose properties are JSON with ${resource.property} references.</summary>
    private protected static ResourceDeclaration WidgetNamed(string name, string properties, ResourceOptions? options = null) =>
        ResourceDeclaration.FromJson(name, Widget, properties, options);

    public void Dispose()
    {
        _project.Dispose();
        GC.SuppressFinalize(this);
    }
}
