using DialTone.Exchange.Errors;
using DialTone.Lab.Disks;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Cmdlets;

public sealed record MoveDatabasePathArgs(string Identity, string? EdbFilePath, string? LogFolderPath, bool ConfigurationOnly);

/// <summary>Mount-Database, Dismount-Database and Move-DatabasePath: a database object and its files.</summary>
public static class MountCmdlets
{
    public static MailboxDatabase Mount(Execution execution, string identity, bool force, bool acceptDataLoss) =>
        Mounting.Mount(execution, DatabaseDirectory.Find(execution, identity), force, acceptDataLoss);

    public static MailboxDatabase Dismount(Execution execution, string identity) =>
        Mounting.Dismount(execution, DatabaseDirectory.Find(execution, identity));

    /// <summary>
    /// Points a database at new paths. With -ConfigurationOnly only the directory changes (the database must be
    /// dismounted [INF]); otherwise the EDB and the database's logs and checkpoint move too, a mounted database being
    /// dismounted and mounted again around the move [S10 DOC §1.5].
    /// </summary>
    public static MailboxDatabase MovePath(Execution execution, MoveDatabasePathArgs args)
    {
        var database = DatabaseDirectory.Find(execution, args.Identity);
        var edb = args.EdbFilePath is null ? database.EdbFilePath : DiskPaths.EdbFile(args.EdbFilePath, "EdbFilePath");
        var logs = args.LogFolderPath is null ? database.LogFolderPath : DiskPaths.Folder(args.LogFolderPath, "LogFolderPath");
        if (args.ConfigurationOnly)
        {
            if (database.Mounted)
            {
                throw new LabException(ErrorCategory.InvalidOperation, Messages.ConfigurationOnlyWhileMounted(database.Name), database.Name);
            }
            var moved = database with { EdbFilePath = edb, LogFolderPath = logs };
            DatabaseDirectory.Update(execution, moved);
            return moved;
        }
        var wasMounted = database.Mounted;
        var dismounted = Mounting.Dismount(execution, database);
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
        var relocated = dismounted with { EdbFilePath = edb, LogFolderPath = logs };
        DatabaseDirectory.Update(execution, relocated);
        return wasMounted ? Mounting.Mount(execution, relocated) : relocated;
    }
}
