using System.CommandLine;
using DialTone.Exchange.Scripting;
using DialTone.Exchange.Scripting.Parsing;
using DialTone.Exchange.Scripting.Syntax;
using DialTone.Lab.Cli.Output;
using DialTone.Lab.Shell;

namespace DialTone.Lab.Cli.Verbs;

/// <summary>
/// <c>shell [FILE] [-c LINES] [--continue]</c>: Exchange Management Shell lines against the lab, from <c>-c</c>, a file
/// or stdin. The whole text is parsed first, so a line the lab shell cannot read runs nothing; then each statement
/// runs in turn, and the first one that reports an error stops the run with Exchange's error text and exit code 1,
/// unless <c>--continue</c>; an error under <c>-ErrorAction Stop</c> stops it even then, as it ends a PowerShell script.
/// </summary>
internal static class ShellVerb
{
    public static Command Create(LabCli cli)
    {
        var lab = CommonOptions.Lab();
        var json = CommonOptions.Json();
        var lines = new Option<string?>("--command", "-c") { Description = "The lines to run (statements separated by ';' or line breaks)", HelpName = "LINES" };
        var file = new Argument<string?>("FILE") { Description = "A file of Exchange Management Shell lines (default: stdin)", Arity = ArgumentArity.ZeroOrOne };
        var keepGoing = new Option<bool>("--continue") { Description = "Run every statement even after one fails (the exit code is still 1)" };
        var command = new Command("shell", "Run Exchange Management Shell lines against the lab: cmdlets, pipelines, $name = …, "
            + "$name | %{ … } and Invoke-Command -ComputerName … -ScriptBlock { … }.")
        {
            lab, json, lines, file, keepGoing,
        };
        command.SetAction((parse, cancellationToken) => VerbAction.RunAsync(cli, async () =>
        {
            var text = Script(parse.GetValue(lines), parse.GetValue(file), cli.Input);
            IReadOnlyList<StatementSyntax> statements;
            try
            {
                statements = ScriptParser.Parse(text).Statements;
            }
            catch (ScriptParseException error)
            {
                StatementPrinter.PrintParseError(cli, error, text, parse.GetValue(json));
                return 1;
            }
            using var shell = LabShell.Open(parse.GetValue(lab)!);
            var printer = new StatementPrinter(cli, parse.GetValue(json), echo: statements.Count > 1);
            return await RunAsync(cli, new ScriptSession(shell), statements, printer, parse.GetValue(keepGoing), cancellationToken);
        }));
        return command;
    }

    private static async Task<int> RunAsync(LabCli cli, ScriptSession session, IReadOnlyList<StatementSyntax> statements,
        StatementPrinter printer, bool keepGoing, CancellationToken cancellationToken)
    {
        var failed = 0;
        for (var i = 0; i < statements.Count; i++)
        {
            var result = await session.RunAsync(statements[i], cancellationToken);
            printer.Print(result);
            if (result.Succeeded)
            {
                continue;
            }
            failed++;
            if (i + 1 == statements.Count)
            {
                break;
            }
            var left = statements.Count - i - 1;
            if (result.StopsScript)
            {
                Printer.Error(cli, $"stopped at line {statements[i].Position.Line} by -ErrorAction Stop; {left} statement(s) not run.");
                break;
            }
            if (!keepGoing)
            {
                Printer.Error(cli, $"stopped at line {statements[i].Position.Line}; {left} statement(s) not run (--continue runs them).");
                break;
            }
        }
        printer.Finish();
        return failed == 0 ? 0 : 1;
    }

    private static string Script(string? lines, string? file, TextReader input)
    {
        if (lines is not null && file is not null)
        {
            throw new ArgumentException("Give the lines either with -c or in FILE, not both.");
        }
        if (file is not null && !File.Exists(file))
        {
            throw new ArgumentException($"{(Directory.Exists(file) ? $"'{file}' is a folder, not a script file" : $"There is no script file '{file}'")}: " +
                                        "give the path of a file of Exchange Management Shell lines, or the lines with -c.");
        }
        return lines ?? (file is not null ? File.ReadAllText(file) : input.ReadToEnd());
    }
}
