using DialTone.Testing;

namespace DialTone.Engine.Plugins;

/// <summary>The plugin executables the harness starts.</summary>
internal static class PluginPaths
{
    /// <summary>pulumi-resource-dialtone, as the build lays it out in provider/bin.</summary>
    public static string DialTone => Repository.ProviderLauncher;

    /// <summary>
    /// The test plugin (tests/DialTone.TestPlugin), built in the same configuration as the running tests: a test
    /// project runs from tests/&lt;project&gt;/bin/&lt;configuration&gt;/&lt;framework&gt;, the plugin sits in the same
    /// place under its own project folder.
    /// </summary>
    public static string TestPlugin { get; } = Path.Combine(
        [Repository.Root, "tests", "DialTone.TestPlugin",
         .. Path.GetRelativePath(Repository.Root, AppContext.BaseDirectory).Split(Path.DirectorySeparatorChar,
             StringSplitOptions.RemoveEmptyEntries)[2..],
         "DialTone.TestPlugin"]);
}
