using System.CommandLine;
using System.Text.RegularExpressions;
using DialTone.Lab.Cli.Output;
using DialTone.Lab.Disks;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Cli.Verbs;

/// <summary><c>restore --database DB01 --server EX01 --path 'E:\RDB1' [--backup ID]</c>: files arrive dirty.</summary>
internal static class RestoreVerb
{
    public static Command Create(LabCli cli)
    {
        var lab = CommonOptions.Lab();
        var json = CommonOptions.Json();
        var database = new Option<string>("--database") { Description = "The database whose backup to restore", Required = true };
        var server = new Option<string>("--server") { Description = "The server to restore onto", Required = true };
        var path = new Option<string>("--path") { Description = @"The folder on that server, e.g. E:\RDB1", Required = true };
        var backup = new Option<long?>("--backup") { Description = "The backup's id (default: the latest of the database)", HelpName = "ID" };
        var command = new Command("restore", "Restore a database's backup into a folder on a server (the files land dirty).")
        {
            lab, json, database, server, path, backup,
        };
        command.SetAction(parse => VerbAction.Run(cli, () =>
        {
            var folder = parse.GetValue(path)!;
            // A relative path would land in the remote session's Documents folder: never what a restore meant.
            if (!Regex.IsMatch(folder, @"^([A-Za-z]:\\|\\\\)"))
            {
                throw new ArgumentException($@"--path must be a full folder path on the server, such as E:\RDB1 (got '{folder}').");
            }
            using var opened = Lab.Open(parse.GetValue(lab)!);
            var (name, host, id) = (parse.GetValue(database)!, parse.GetValue(server)!, parse.GetValue(backup));
            opened.Read(x =>
            {
                // The backup software keeps a database's backups after the database is removed: only a name that is
                // neither is a wrong --database.
                if (Backups.Latest(x, name) is null)
                {
                    OptionLookup.Database(x, "--database", name);
                }
                return OptionLookup.Server(x, "--server", host);
            });
            var text = $"restore --database {name} --server {host} --path {folder}{(id is { } n ? $" --backup {n}" : "")}";
            var files = opened.Mutate(text, name, x => Restores.Restore(x, name, host, folder, id));
            if (parse.GetValue(json))
            {
                Printer.Json(cli, files.Select(f => new { f.Server, f.Path, f.Kind }));
            }
            else
            {
                Printer.Line(cli, $"Restored {string.Join(", ", files.Select(f => f.Path))} on {files[0].Server} (dirty: mount it or run eseutil /r).");
            }
            return 0;
        }));
        return command;
    }
}
