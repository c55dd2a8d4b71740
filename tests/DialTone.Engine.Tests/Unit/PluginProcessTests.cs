using DialTone.Engine.Plugins;

namespace DialTone.Engine.Tests.Unit;

/// <summary>
/// A plugin that writes no port fails its start with what tells the reader why: what it wrote, its exit code and
/// its whole stderr; and it is never left running.
/// </summary>
public sealed class PluginProcessTests
{
    private static Task<InvalidOperationException> StartShellAsync(string script) =>
        Assert.ThrowsAsync<InvalidOperationException>(() => PluginProcess.StartAsync("/bin/sh", ["-c", script]));

    [Fact]
    public async Task A_plugin_that_crashes_before_its_port_is_reported_with_its_exit_code_and_stderr()
    {
        var error = await StartShellAsync("echo 'Unhandled exception: boom' >&2; echo 'at Program.Main' >&2; exit 3");

        Assert.Equal("The plugin /bin/sh ended stdout without a port line and exited with code 3. Its stderr:\n"
            + "Unhandled exception: boom\nat Program.Main\n", error.Message.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_plugin_that_writes_something_else_first_is_killed_and_reported_with_what_it_wrote()
    {
        var pidFile = Path.GetTempFileName();
        try
        {
            var error = await StartShellAsync($"echo $$ > {pidFile}; echo 'Now listening on: http://localhost:5000'; sleep 600");

            Assert.StartsWith("The plugin /bin/sh wrote 'Now listening on: http://localhost:5000' instead of a port and was killed.",
                error.Message);
            Assert.False(Directory.Exists($"/proc/{File.ReadAllText(pidFile).Trim()}"), "the plugin is still running");
        }
        finally
        {
            File.Delete(pidFile);
        }
    }
}
