using System.CommandLine;
using System.CommandLine.Help;
using DialTone.Lab.Cli.Verbs;
using Spectre.Console;

namespace DialTone.Lab.Cli;

/// <summary>
/// The <c>dialtone-lab</c> command: one verb per file under Verbs/. Tables and JSON go to the injected console; errors
/// go to the error writer. Tests run it in-process with a console over a StringWriter.
/// </summary>
public sealed class LabCli(IAnsiConsole console, TextWriter output, TextWriter error, TextReader? input = null)
{
    public IAnsiConsole Console { get; } = console;

    /// <summary>Plain output (JSON, help): written as is, never wrapped or styled.</summary>
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>What <c>shell</c> reads when given neither -c nor a file.</summary>
    public TextReader Input { get; } = input ?? System.Console.In;

    public int Run(string[] args)
    {
        // A plain Command, not RootCommand, so that help says "dialtone-lab" (RootCommand names itself after the dll).
        var root = new Command("dialtone-lab", "dialtone-lab: an emulated Exchange organization for rehearsing dial tone recoveries.")
        {
            new HelpOption(), new VersionOption(),
        };
        foreach (var verb in new Command[]
                 {
                     InitVerb.Create(this), ShowVerb.Create(this), SendVerb.Create(this), VerifyVerb.Create(this),
                     JournalVerb.Create(this), BackupVerb.Create(this), RestoreVerb.Create(this), FailVerb.Create(this),
                     ShellVerb.Create(this),
                 })
        {
            root.Subcommands.Add(verb);
        }
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = Output, Error = Error });
    }
}
