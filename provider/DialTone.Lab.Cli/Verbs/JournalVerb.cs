using System.CommandLine;
using DialTone.Lab.Cli.Output;
using DialTone.Lab.Journal;

namespace DialTone.Lab.Cli.Verbs;

/// <summary><c>journal</c>: every command that changed the lab or tried to, oldest first.</summary>
internal static class JournalVerb
{
    public static Command Create(LabCli cli)
    {
        var lab = CommonOptions.Lab();
        var json = CommonOptions.Json();
        var last = new Option<int?>("--last") { Description = "Only the last N entries", HelpName = "N" };
        var command = new Command("journal", "Show the journal: who ran what, on which object, and how it ended.") { lab, json, last };
        command.SetAction(parse => VerbAction.Run(cli, () =>
        {
            if (parse.GetValue(last) is < 1 and var n)
            {
                throw new ArgumentException($"--last must be at least 1 (got {n}). Leave it out to list the whole journal.");
            }
            using var opened = Lab.Open(parse.GetValue(lab)!);
            var entries = opened.Read(execution => JournalBook.List(execution, last: parse.GetValue(last)));
            if (parse.GetValue(json))
            {
                Printer.Json(cli, entries);
            }
            else
            {
                Printer.Table(cli, ["#", "At", "Who", "Command", "Target", "Result", "Message"],
                    entries.Select(e => (IReadOnlyList<object?>)[e.Sequence, e.At, e.Who, e.Command, e.Target, e.Result, e.Message]));
            }
            return 0;
        }));
        return command;
    }
}
