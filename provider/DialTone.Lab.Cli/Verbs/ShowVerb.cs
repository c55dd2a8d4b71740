using System.CommandLine;
using DialTone.Lab.Cli.Output;
using DialTone.Lab.Cmdlets;
using DialTone.Lab.Disks;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Cli.Verbs;

/// <summary><c>show servers|databases|mailboxes|backups|requests</c>: the lab at a glance.</summary>
internal static class ShowVerb
{
    public static Command Create(LabCli cli)
    {
        var lab = CommonOptions.Lab();
        var json = CommonOptions.Json();
        var what = new Argument<string>("what") { Description = "servers, databases, mailboxes, backups or requests" };
        what.AcceptOnlyFromAmong("servers", "databases", "mailboxes", "backups", "requests");
        var command = new Command("show", "Show the servers, databases, mailboxes, backups or restore requests of the lab.") { lab, json, what };
        command.SetAction(parse => VerbAction.Run(cli, () =>
        {
            using var opened = Lab.Open(parse.GetValue(lab)!);
            var asJson = parse.GetValue(json);
            switch (parse.GetValue(what))
            {
                case "servers":
                    Print(cli, asJson, opened.Read(Overview.Servers),
                        ["Name", "Site", "Version", "Edition", "SchemaVersion", "State", "MountedDatabases"],
                        s => [s.Name, s.Site, s.Version, s.Edition, s.SchemaVersion, s.State, s.MountedDatabases]);
                    break;
                case "databases":
                    Print(cli, asJson, opened.Read(Overview.Databases),
                        ["Name", "Server", "Recovery", "Mounted", "EdbFilePath", "LogFolderPath", "AllowFileRestore", "Mailboxes", "LastFullBackup"],
                        d => [d.Name, d.Server, d.Recovery, d.Mounted, d.EdbFilePath, d.LogFolderPath, d.AllowFileRestore, d.Mailboxes, d.LastFullBackup]);
                    break;
                case "requests":
                    Print(cli, asJson, opened.Read(x => RestoreRequestCmdlets.Get(x, new GetRestoreRequestArgs(ResultSize: null, ResultSizeGiven: true))),
                        ["Identity", "Status", "Processed", "TotalItems", "BadItems", "BatchName", "Queued"],
                        r => [r.Identity, r.Status, r.Processed, r.TotalItems, r.BadItems, r.BatchName, r.Queued]);
                    break;
                case "backups":
                    Print(cli, asJson, opened.Read(Backups.All), ["Id", "Database", "Server", "EdbFileName", "LogGeneration", "TakenAt"],
                        b => [b.Id, b.DatabaseName, b.Server, b.EdbFileName, b.Generation, b.TakenAt]);
                    break;
                default:
                    Print(cli, asJson, opened.Read(Overview.Mailboxes), ["Alias", "Type", "Database", "ExchangeGuid", "Items"],
                        m => [m.Alias, m.Type, m.Database, m.ExchangeGuid, m.Items]);
                    break;
            }
            return 0;
        }));
        return command;
    }

    private static void Print<T>(LabCli cli, bool json, IReadOnlyList<T> rows, IReadOnlyList<string> columns,
        Func<T, IReadOnlyList<object?>> cells)
    {
        if (json)
        {
            Printer.Json(cli, rows);
        }
        else
        {
            Printer.Table(cli, columns, rows.Select(cells));
        }
    }
}
