using System.CommandLine;
using DialTone.Lab.Cli.Output;
using DialTone.Lab.Disks;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Cli.Verbs;

/// <summary><c>backup DB01</c>: the backup software takes a full backup of a mounted database.</summary>
internal static class BackupVerb
{
    public static Command Create(LabCli cli)
    {
        var lab = CommonOptions.Lab();
        var json = CommonOptions.Json();
        var database = new Argument<string>("database") { Description = "The database to back up" };
        var command = new Command("backup", "Take a full backup of a mounted database (the backup software's part).") { lab, json, database };
        command.SetAction(parse => VerbAction.Run(cli, () =>
        {
            using var opened = Lab.Open(parse.GetValue(lab)!);
            var name = parse.GetValue(database)!;
            opened.Read(x => OptionLookup.Database(x, "<database>", name));
            var backup = opened.Mutate($"backup {name}", name, x => Backups.Take(x, DatabaseDirectory.Find(x, name)));
            if (parse.GetValue(json))
            {
                Printer.Json(cli, backup);
            }
            else
            {
                Printer.Line(cli, $"Backup {backup.Id} of {backup.DatabaseName} taken at {backup.TakenAt:u} (log generation {backup.Generation}).");
            }
            return 0;
        }));
        return command;
    }
}
