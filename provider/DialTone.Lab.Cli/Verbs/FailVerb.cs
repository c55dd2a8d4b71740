using System.CommandLine;
using DialTone.Lab.Cli.Output;
using DialTone.Lab.Faults;

namespace DialTone.Lab.Cli.Verbs;

/// <summary>
/// <c>fail database DB01 [--keep-logs]</c>, <c>fail server EX01</c>, <c>fail crash --after N</c>,
/// <c>fail items --database RDB1 --mailbox user0001 [--count N] [--large]</c>.
/// </summary>
internal static class FailVerb
{
    public static Command Create(LabCli cli)
    {
        var command = new Command("fail", "Inject a fault: lose a database's files, fail a server, or crash at a later command.");
        command.Subcommands.Add(Database(cli));
        command.Subcommands.Add(Server(cli));
        command.Subcommands.Add(Crash(cli));
        command.Subcommands.Add(Items(cli));
        return command;
    }

    private static Command Items(LabCli cli)
    {
        var lab = CommonOptions.Lab();
        var database = new Option<string>("--database") { Description = "The database whose file holds the mailbox", Required = true };
        var mailbox = new Option<string>("--mailbox") { Description = "The mailbox (alias, address or GUID)", Required = true };
        var count = new Option<int>("--count") { Description = "How many items", DefaultValueFactory = _ => 1 };
        var large = new Option<bool>("--large") { Description = "Add large items (40 MB) instead of corrupting existing ones" };
        var command = new Command("items", "Seed items a restore request cannot copy: corrupt (bad) items, or large items.") { lab, database, mailbox, count, large };
        command.SetAction(parse => Run(cli, parse.GetValue(lab)!, $"fail items --database {parse.GetValue(database)} --mailbox {parse.GetValue(mailbox)}",
            parse.GetValue(mailbox)!, x =>
            {
                _ = parse.GetValue(large)
                    ? ItemDamage.AddLargeItems(x, parse.GetValue(database)!, parse.GetValue(mailbox)!, parse.GetValue(count))
                    : ItemDamage.CorruptItems(x, parse.GetValue(database)!, parse.GetValue(mailbox)!, parse.GetValue(count));
            }));
        return command;
    }

    private static Command Database(LabCli cli)
    {
        var lab = CommonOptions.Lab();
        var name = new Argument<string>("database");
        var keepLogs = new Option<bool>("--keep-logs") { Description = "The transaction logs survive (only the EDB is lost)" };
        var command = new Command("database", "The database's EDB is lost (and its logs, unless --keep-logs).") { lab, name, keepLogs };
        command.SetAction(parse => Run(cli, parse.GetValue(lab)!, $"fail database {parse.GetValue(name)}", parse.GetValue(name)!,
            x => Failures.FailDatabase(x, parse.GetValue(name)!, parse.GetValue(keepLogs))));
        return command;
    }

    private static Command Server(LabCli cli)
    {
        var lab = CommonOptions.Lab();
        var name = new Argument<string>("server");
        var command = new Command("server", "The server goes down; its mounted databases stop with dirty files.") { lab, name };
        command.SetAction(parse => Run(cli, parse.GetValue(lab)!, $"fail server {parse.GetValue(name)}", parse.GetValue(name)!,
            x => Failures.FailServer(x, parse.GetValue(name)!)));
        return command;
    }

    private static Command Crash(LabCli cli)
    {
        var lab = CommonOptions.Lab();
        var after = new Option<int>("--after") { Description = "The lab dies right after its N-th mutating command from now", Required = true, HelpName = "N" };
        var command = new Command("crash", $"Kill the process after a later mutating command (or set {CrashPoint.EnvironmentVariable}=N).") { lab, after };
        command.SetAction(parse => Run(cli, parse.GetValue(lab)!, $"fail crash --after {parse.GetValue(after)}", "lab",
            x => Failures.CrashAfter(x, parse.GetValue(after))));
        return command;
    }

    private static int Run(LabCli cli, string path, string text, string target, Action<Execution> fault) => VerbAction.Run(cli, () =>
    {
        using var opened = Lab.Open(path);
        opened.Mutate(text, target, x =>
        {
            fault(x);
            return 0;
        });
        Printer.Line(cli, $"Done: {text}.");
        return 0;
    });
}
