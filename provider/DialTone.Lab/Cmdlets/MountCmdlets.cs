using DialTone.Exchange.Errors;
using DialTone.Lab.Disks;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Cmdlets;

public sealed record MoveDatabasePathArgs(string Identity, string? EdbFilePath, string? LogFolderPath, bool ConfigurationOnly, bool Force = false);

/// <summary>Mount-Database, Dismount-Database and Move-DatabasePath: a database object and its files.</summary>
public static class MountCmdlets
{
    public static MailboxDatabase Mount(Execution execution, string identity, bool force, bool acceptDataLoss) =>
        Mounting.Mount(execution, DatabaseDirectory.Find(execution, identity), force, acceptDataLoss);

    public static MailboxDatabase Dismount(Execution execution, string identity) =>
        Mounting.Dismount(execution, DatabaseDirectory.Find(execution, identity));

    /// <summary>
    /// Points a database at new paths. A mounted database is dismounted first and mounted again at its new paths
    /// [S10 DOC], so with -ConfigurationOnly the remount opens whatever is there (-Force lets it create an empty
    /// database where no file is); without it the EDB and the database's logs and checkpoint move too, which needs
    /// the server up. A remount that fails leaves everything as it was [INF: Exchange's state after a failed remount
    /// is not documented].
    /// </summary>
    public static MailboxDatabase MovePath(Execution execution, MoveDatabasePathArgs args)
    {
        var database = DatabaseDirectory.Find(execution, args.Identity);
        var edb = args.EdbFilePath is null ? database.EdbFilePath : DiskPaths.EdbFile(args.EdbFilePath, "EdbFilePath");
        var logs = args.LogFolderPath is null ? database.LogFolderPath : DiskPaths.Folder(args.LogFolderPath, "LogFolderPath");
        DatabaseCmdlets.RefuseSharedPaths(execution, database.Server, edb, logs, database.Name, except: database.Guid);
        if (!args.ConfigurationOnly && !ServerDirectory.Find(execution, database.Server).IsUp)
        {
            throw new LabException(ErrorCategory.ResourceUnavailable, Messages.FilesOnDownServer(database.Name, database.Server), database.Name);
        }
        var wasMounted = database.Mounted;
        var dismounted = Mounting.Dismount(execution, database);
        if (!args.ConfigurationOnly)
        {
            MoveFiles(execution, database, edb, logs);
        }
        var relocated = dismounted with { EdbFilePath = edb, LogFolderPath = logs };
        DatabaseDirectory.Update(execution, relocated);
        return wasMounted ? Mounting.Mount(execution, relocated, args.Force) : relocated;
    }

    private static void MoveFiles(Execution execution, MailboxDatabase database, string edb, string logs)
    {
        if (!string.Equals(edb, database.EdbFilePath, StringComparison.OrdinalIgnoreCase))
        {
            ServerDisk.EnsureFolder(execution, database.Server, WindowsPath.Parent(edb));
            FileWork.Move(execution, database.Server, database.EdbFilePath, edb, force: false);
        }
        if (!string.Equals(logs, database.LogFolderPath, StringComparison.OrdinalIgnoreCase))
        {
            ServerDisk.EnsureFolder(execution, database.Server, logs);
            foreach (var file in ServerDisk.List(execution, database.Server, database.LogFolderPath).Where(e =>
                         e.Kind is EntryKind.Log or EntryKind.Checkpoint
                         && e.Name.StartsWith(database.LogFilePrefix, StringComparison.OrdinalIgnoreCase)))
            {
                FileWork.Move(execution, database.Server, file.Path, logs, force: false);
            }
        }
    }
}
