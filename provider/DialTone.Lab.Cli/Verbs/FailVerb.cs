using System.CommandLine;
using DialTone.Lab.Cli.Output;
using DialTone.Lab.Faults;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Cli.Verbs;

/// <summary>
/// <c>fail database DB01 [--keep-logs]</c>, <c>fail server EX01</c>, <c>fail crash --after N</c>,
/// <c>fail items --database RDB1 --mailbox user0001 [--count N] [--large]</c>; each journaled with every option it took.
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
        var database = new Option<string>("--database") { Description = "The database whose file holds the mailbox", Required = true };
        var mailbox = new Option<string>("--mailbox") { Description = "The mailbox (alias, address or GUID)", Required = true };
        var count = new Option<int>("--count") { Description = "How many items", DefaultValueFactory = _ => 1 };
        var large = new Option<bool>("--large") { Description = "Add large items (40 MB) instead of corrupting existing ones" };
        return Fault(cli, new Command("items", "Seed items a restore request cannot copy: corrupt (bad) items, or large items.")
        {
            database, mailbox, count, large,
        }, parse =>
        {
            var (db, box, n, isLarge) = (parse.GetValue(database)!, parse.GetValue(mailbox)!, parse.GetValue(count), parse.GetValue(large));
            return ($"fail items --database {db} --mailbox {box} --count {n}{(isLarge ? " --large" : "")}", box,
                x =>
                {
                    OptionLookup.Database(x, "--database", db);
                    OptionLookup.Mailbox(x, "--mailbox", box);
                },
                x => isLarge ? ItemDamage.AddLargeItems(x, db, box, n) : ItemDamage.CorruptItems(x, db, box, n));
        });
    }

    private static Command Database(LabCli cli)
    {
        var name = new Argument<string>("database");
        var keepLogs = new Option<bool>("--keep-logs") { Description = "The transaction logs survive (only the EDB is lost)" };
        return Fault(cli, new Command("database", "The database's EDB is lost (and its logs, unless --keep-logs).") { name, keepLogs }, parse =>
        {
            var (db, keep) = (parse.GetValue(name)!, parse.GetValue(keepLogs));
            return ($"fail database {db}{(keep ? " --keep-logs" : "")}", db, x => OptionLookup.Database(x, "<database>", db), x =>
            {
                Failures.FailDatabase(x, db, keep);
                return [];
            });
        });
    }

    private static Command Server(LabCli cli)
    {
        var name = new Argument<string>("server");
        return Fault(cli, new Command("server", "The server goes down; its mounted databases stop with dirty files.") { name }, parse =>
        {
            var server = parse.GetValue(name)!;
            return ($"fail server {server}", server, x => OptionLookup.Server(x, "<server>", server), x =>
            {
                Failures.FailServer(x, server);
                return [];
            });
        });
    }

    private static Command Crash(LabCli cli)
    {
        var after = new Option<int>("--after") { Description = "The lab dies right after its N-th mutating command from now", Required = true, HelpName = "N" };
        return Fault(cli, new Command("crash", $"Kill the process after a later mutating command (or set {CrashPoint.EnvironmentVariable}=N).") { after }, parse =>
        {
            var n = parse.GetValue(after);
            return ($"fail crash --after {n}", "lab", _ => { }, x =>
            {
                Failures.CrashAfter(x, n);
                return [];
            });
        });
    }

    /// <summary>
    /// Adds --lab and --json to a fault's command; resolves the names it was given first, so that a wrong one changes
    /// nothing, then runs the fault as one journaled execution, under the text that states it with every option; prints
    /// what was done (and, for items, which) and its warnings.
    /// </summary>
    private static Command Fault(LabCli cli, Command command,
        Func<ParseResult, (string Text, string Target, Action<Execution> ResolveNames, Func<Execution, IReadOnlyList<long>> Inject)> fault)
    {
        var lab = CommonOptions.Lab();
        var json = CommonOptions.Json();
        command.Options.Add(lab);
        command.Options.Add(json);
        command.SetAction(parse => VerbAction.Run(cli, () =>
        {
            var (text, target, resolveNames, inject) = fault(parse);
            using var opened = Lab.Open(parse.GetValue(lab)!);
            opened.Read(x =>
            {
                resolveNames(x);
                return true;
            });
            var (items, warnings) = opened.Mutate(text, target, x => (inject(x), x.Warnings.ToList()));
            if (parse.GetValue(json))
            {
                Printer.Json(cli, new { command = text, items, warnings });
            }
            else
            {
                Printer.Line(cli, $"Done: {text}.");
                foreach (var warning in warnings)
                {
                    Printer.Line(cli, "WARNING: " + warning);
                }
            }
            return 0;
        }));
        return command;
    }
}
