using System.CommandLine;
using System.Diagnostics;
using DialTone.Lab.Cli.Output;
using DialTone.Lab.Init;

namespace DialTone.Lab.Cli.Verbs;

/// <summary><c>init</c>: builds the organization contoso.com in a new lab file.</summary>
internal static class InitVerb
{
    public static Command Create(LabCli cli)
    {
        var defaults = new InitOptions();
        var lab = CommonOptions.Lab();
        var json = CommonOptions.Json();
        var servers = new Option<int>("--servers") { Description = "Exchange servers EX01…", DefaultValueFactory = _ => defaults.Servers };
        var databases = new Option<int>("--databases") { Description = "Mailbox databases DB01…, spread over the servers", DefaultValueFactory = _ => defaults.Databases };
        var mailboxes = new Option<int>("--mailboxes") { Description = "Users user0001…", DefaultValueFactory = _ => defaults.Mailboxes };
        var items = new Option<int>("--items") { Description = "Messages in each user mailbox", DefaultValueFactory = _ => defaults.Items };
        var seed = new Option<int>("--seed") { Description = "Seed of everything generated", DefaultValueFactory = _ => defaults.Seed };
        var mrsRate = new Option<double>("--mrs-rate") { Description = "Items per second a restore request copies", HelpName = "ITEMS_PER_S", DefaultValueFactory = _ => defaults.MrsRate };
        var force = new Option<bool>("--force") { Description = "Replace an existing lab at the path" };
        var command = new Command("init", "Build the organization contoso.com (servers, databases, mailboxes, mail, a backup of every database).")
        {
            lab, json, servers, databases, mailboxes, items, seed, mrsRate, force,
        };
        command.SetAction(parse => VerbAction.Run(cli, () =>
        {
            var options = new InitOptions
            {
                Servers = parse.GetValue(servers), Databases = parse.GetValue(databases),
                Mailboxes = parse.GetValue(mailboxes), Items = parse.GetValue(items), Seed = parse.GetValue(seed),
                MrsRate = parse.GetValue(mrsRate),
            };
            var path = parse.GetValue(lab)!;
            var watch = Stopwatch.StartNew();
            var summary = LabInitializer.Initialize(path, options, parse.GetValue(force));
            var seconds = Math.Round(watch.Elapsed.TotalSeconds, 2);
            if (parse.GetValue(json))
            {
                Printer.Json(cli, new { lab = Path.GetFullPath(path), summary, seconds });
            }
            else
            {
                Printer.Line(cli, $"Lab {Path.GetFullPath(path)}: {summary.Servers} server(s), {summary.Databases} database(s), " +
                                  $"{summary.Mailboxes} mailbox(es), {summary.Items} item(s), {summary.Backups} backup(s) in {seconds} s.");
            }
            return 0;
        }));
        return command;
    }
}
