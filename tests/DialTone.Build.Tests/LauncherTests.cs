using DialTone.Testing;

namespace DialTone.Build.Tests;

public sealed class LauncherTests
{
    public static TheoryData<string> Launchers => new() { "pulumi-resource-dialtone", "dialtone-lab" };

    [Theory]
    [MemberData(nameof(Launchers))]
    public void Building_lays_out_the_launcher_as_an_executable_file(string launcher)
    {
        var path = Path.Combine(Repository.PluginBin, launcher);

        Assert.True(File.Exists(path), $"{path} is missing");
        Assert.True(File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute), $"{path} is not executable");
    }

    [Fact]
    public void Provider_bin_holds_the_two_launchers_and_their_programs_and_never_the_test_plugin()
    {
        var bin = Repository.PluginBin;

        Assert.Equal(["dialtone-lab", "pulumi-resource-dialtone"], Directory.GetFiles(bin).Select(Path.GetFileName).Order());
        Assert.Equal(["DialTone.Lab.Cli", "DialTone.Provider"], Directory.GetDirectories(Path.Combine(bin, "lib")).Select(Path.GetFileName).Order());
        Assert.Empty(Directory.GetFiles(bin, "*TestPlugin*", SearchOption.AllDirectories));
    }

    [Theory]
    [MemberData(nameof(Launchers))]
    public async Task Launcher_runs_from_another_working_directory(string launcher)
    {
        var result = await ProcessRun.RunAsync(Path.Combine(Repository.PluginBin, launcher), ["--version"], workingDirectory: "/");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ProductVersion.Declared, result.StandardOutput.Trim());
    }

    [Theory]
    [MemberData(nameof(Launchers))]
    public async Task Launcher_runs_from_a_path_with_spaces(string launcher)
    {
        var parent = Directory.CreateTempSubdirectory("dial tone ");
        try
        {
            var bin = Path.Combine(parent.FullName, "plugin bin");
            CopyTree(Repository.PluginBin, bin);

            var result = await ProcessRun.RunAsync(Path.Combine(bin, launcher), ["--version"], workingDirectory: parent.FullName);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(ProductVersion.Declared, result.StandardOutput.Trim());
        }
        finally
        {
            parent.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_plugin_launcher_execs_dotnet_so_the_engines_signals_reach_the_program_itself()
    {
        using var plugin = System.Diagnostics.Process.Start(ProcessRun.StartInfo(Repository.ProviderLauncher, ["127.0.0.1:1"]))!;
        try
        {
            await plugin.StandardOutput.ReadLineAsync(); // the port line: the program is running

            // The pid the engine signals is the launcher's; after exec it is the dotnet host running the plugin's dll.
            var commandLine = (await File.ReadAllTextAsync($"/proc/{plugin.Id}/cmdline")).Split('\0');

            Assert.Equal("dotnet", Path.GetFileName(commandLine[0]));
            Assert.EndsWith("/lib/DialTone.Provider/DialTone.Provider.dll", commandLine[1]);
        }
        finally
        {
            plugin.Kill();
            await plugin.WaitForExitAsync();
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            File.Copy(file, target);
            File.SetUnixFileMode(target, File.GetUnixFileMode(file));
        }
    }
}
