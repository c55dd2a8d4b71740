namespace DialTone.Engine.Plugins;

/// <summary>
/// A plugin executable written by a test: a POSIX shell script named as the engine names a resource plugin
/// (pulumi-resource-&lt;package&gt;), to start a plugin another way (with switches in its environment) or to stand
/// for one (a script that writes the port of a provider served in the test's process).
/// </summary>
internal static class PluginLauncher
{
    /// <returns>The script's path, to set as the package's plugin in <see cref="Deployments.StackSettings.Plugins"/>.</returns>
    public static string Write(string directory, string package, string script)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("A plugin launcher is a POSIX shell script.");
        }
        var launcher = Path.Combine(directory, "pulumi-resource-" + package);
        File.WriteAllText(launcher, $"#!/bin/sh\n{script}\n");
        File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return launcher;
    }
}
