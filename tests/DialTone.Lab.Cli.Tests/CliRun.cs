using Spectre.Console;

namespace DialTone.Lab.Cli.Tests;

/// <summary>What one run of dialtone-lab printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs dialtone-lab in-process in a temporary working folder, its console captured over a StringWriter.</summary>
public sealed class CliRun : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("dialtone-cli-");

    public string Folder => _folder.FullName;

    public string LabPath => Path.Combine(Folder, "lab.db");

    public CliResult Run(params string[] args) => RunWithInput("", args);

    /// <summary>Runs dialtone-lab with <paramref name="input"/> as its stdin.</summary>
    public CliResult RunWithInput(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 250;
        var code = new LabCli(console, output, error, new StringReader(input)).Run(args);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public CliResult RunOnLab(params string[] args) => Run([.. args, "--lab", LabPath]);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
