using DialTone.Lab.Cli;
using Spectre.Console;

var console = AnsiConsole.Console;
if (Console.IsOutputRedirected)
{
    // Spectre.Console assumes 80 columns when there is no terminal; tables of paths and GUIDs need more.
    console.Profile.Width = 250;
}
return new LabCli(console, Console.Out, Console.Error).Run(args);
