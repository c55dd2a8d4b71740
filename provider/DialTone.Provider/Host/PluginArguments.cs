namespace DialTone.Provider.Host;

/// <summary>
/// The plugin's command line as the engine writes it (pulumi-protocol.md §1.1):
/// <c>[--logtostderr] [-v=N] [--tracing &lt;endpoint&gt;] &lt;engine address&gt;</c>. Without an address the plugin
/// runs in attach mode and waits for Attach. <c>--version</c> alone prints the version (a DialTone extra).
/// </summary>
/// <remarks>
/// Parsed by hand, not with System.CommandLine: the engine writes Go-style flags (<c>-v=9</c>, one dash, a value
/// after '='), may add flags a newer engine knows and this plugin does not, and every flag must be ignored rather
/// than refused, since the plugin needs only the last positional argument.
/// </remarks>
public sealed record PluginArguments(string? EngineAddress, bool PrintVersion)
{
    /// <summary>Flags that take the next argument as their value.</summary>
    private static readonly HashSet<string> FlagsWithValue = ["--tracing", "-tracing"];

    public static PluginArguments Parse(IReadOnlyList<string> args)
    {
        if (args is ["--version"])
        {
            return new PluginArguments(null, PrintVersion: true);
        }
        string? address = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (FlagsWithValue.Contains(args[i]))
            {
                i++;
            }
            else if (!args[i].StartsWith('-'))
            {
                address = args[i];
            }
        }
        return new PluginArguments(address, PrintVersion: false);
    }
}
