using DialTone.Exchange.Errors;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Disks;

/// <summary>
/// The backup software's restore: a backup's EDB and the log generation it needs, put into a folder on a server.
/// Restores to another location always land dirty [S7][S8 DOC]: mount or <c>eseutil /r</c> rolls them forward.
/// </summary>
public static class Restores
{
    public static IReadOnlyList<DiskEntry> Restore(Execution execution, string database, string server, string folder, long? backupId)
    {
        var backup = backupId is { } id
            ? Backups.Find(execution, id) ?? throw new LabException(ErrorCategory.ObjectNotFound, Messages.NoSuchBackup(id), database)
            : Backups.Latest(execution, database) ?? throw new LabException(ErrorCategory.ObjectNotFound, Messages.NoBackupOf(database), database);
        if (!string.Equals(backup.DatabaseName, database, StringComparison.OrdinalIgnoreCase))
        {
            throw new LabException(ErrorCategory.InvalidArgument, Messages.BackupOfAnother(backup.Id, backup.DatabaseName, database), database);
        }
        var host = ServerDirectory.Find(execution, server) is { IsUp: true } up ? up.Name
            : throw new LabException(ErrorCategory.ResourceUnavailable, Messages.RestoreToDownServer(server), server);
        var (_, target) = FileWork.Locate(execution, host, folder);
        var edbPath = WindowsPath.Combine(target, backup.EdbFileName);
        var logPath = WindowsPath.Combine(target, LogStreams.ClosedName(backup.LogPrefix, backup.Generation));
        foreach (var path in new[] { edbPath, logPath })
        {
            if (ServerDisk.Find(execution, host, path) is not null)
            {
                throw new LabException(ErrorCategory.WriteError, Messages.RestoreTargetExists(path), path);
            }
        }
        ServerDisk.EnsureFolder(execution, host, target);
        var content = EdbFiles.Copy(execution, backup.EdbId);
        ServerDisk.AddFile(execution, host, edbPath, EntryKind.Edb, edbId: content);
        ServerDisk.AddFile(execution, host, logPath, EntryKind.Log, logStream: backup.LogStream, generation: backup.Generation,
            size: LogStreams.GenerationBytes);
        return [ServerDisk.Find(execution, host, edbPath)!, ServerDisk.Find(execution, host, logPath)!];
    }
}
