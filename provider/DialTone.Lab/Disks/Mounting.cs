using DialTone.Exchange.Errors;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Disks;

/// <summary>
/// What the Information Store does when a database mounts or dismounts, with the mount rules of fact sheet §3.2:
/// the server must be up; the edition limit (recovery databases excepted) and one mounted recovery database per
/// server; absent files are created empty on a first mount and only with -Force after that; a file another database
/// created needs AllowFileRestore (recovery databases are exempt); a dirty file needs its logs unless -AcceptDataLoss;
/// logs of another stream in the log folder refuse the mount.
/// </summary>
public static class Mounting
{
    internal static MailboxDatabase Mount(Execution execution, MailboxDatabase database, bool force = false, bool acceptDataLoss = false)
    {
        execution.EnsureWritable();
        if (database.Mounted)
        {
            return database;
        }
        CheckServerAndLimits(execution, database);
        var file = ServerDisk.Find(execution, database.Server, database.EdbFilePath);
        long edbId;
        if (file is null)
        {
            if (database.EverMounted && !force)
            {
                throw LabException.Confirmation(Messages.CreateEmptyQuestion(database.Name, database.EdbFilePath), database.Name);
            }
            RefuseForeignLogs(execution, database, stream: null);
            var stream = LogStreams.Start(execution, database);
            edbId = EdbFiles.Create(execution, database.Guid, database.Name, stream);
            ServerDisk.EnsureFolder(execution, database.Server, WindowsPath.Parent(database.EdbFilePath));
            ServerDisk.AddFile(execution, database.Server, database.EdbFilePath, EntryKind.Edb, edbId: edbId);
        }
        else
        {
            edbId = file.EdbId ?? throw new LabException(ErrorCategory.InvalidOperation, Messages.MountFailed(database.Name,
                "MapiExceptionJetErrorDatabaseCorrupted", "-1206", $"'{database.EdbFilePath}' is not a database file."), database.Name);
            Open(execution, database, EdbFiles.Get(execution, edbId), acceptDataLoss);
        }
        var header = EdbFiles.Get(execution, edbId);
        var generation = LogStreams.CurrentGeneration(execution, header.LogStream);
        EdbFiles.SetHeader(execution, edbId, ShutdownState.Dirty, header.LogStream, generation, generation, generation);
        if (!database.IsRecovery)
        {
            execution.Sql.Run("UPDATE edb_files SET database_guid = $db, database_name = $name WHERE id = $id",
                new Store.Arg("$db", database.Guid), new Store.Arg("$name", database.Name), new Store.Arg("$id", edbId));
        }
        var mounted = database with { MountedEdb = edbId, EverMounted = true };
        DatabaseDirectory.Update(execution, mounted);
        Delivery.DeliverQueued(execution, mounted);
        return mounted;
    }

    /// <summary>Dismounts a database: a clean shutdown of its EDB, which now holds every logged change.</summary>
    internal static MailboxDatabase Dismount(Execution execution, MailboxDatabase database)
    {
        execution.EnsureWritable();
        if (database.MountedEdb is not { } edbId)
        {
            return database;
        }
        var header = EdbFiles.Get(execution, edbId);
        EdbFiles.SetHeader(execution, edbId, ShutdownState.Clean, header.LogStream,
            LogStreams.CurrentGeneration(execution, header.LogStream));
        var dismounted = database with { MountedEdb = null };
        DatabaseDirectory.Update(execution, dismounted);
        return dismounted;
    }

    /// <summary>
    /// True when a disk entry is a file a mounted database holds open: its EDB, its current log (<c>E00.log</c>) and its
    /// checkpoint (<c>E00.chk</c>). Closed generations are not open: backup software copies and truncates them while
    /// the database runs [S8 DOC].
    /// </summary>
    public static bool InUse(Execution execution, DiskEntry entry)
    {
        if (entry.Kind == EntryKind.Edb)
        {
            return execution.Sql.Scalar<long>("SELECT COUNT(*) FROM databases WHERE mounted_edb = $edb",
                new Store.Arg("$edb", entry.EdbId)) > 0;
        }
        if (entry.Kind is not (EntryKind.Log or EntryKind.Checkpoint))
        {
            return false;
        }
        return DatabaseDirectory.OnServer(execution, entry.Server).Any(d => d.Mounted
            && string.Equals(d.LogFolderPath, entry.Folder, StringComparison.OrdinalIgnoreCase)
            && (string.Equals(entry.Name, LogStreams.CurrentName(d.LogFilePrefix), StringComparison.OrdinalIgnoreCase)
                || string.Equals(entry.Name, LogStreams.CheckpointName(d.LogFilePrefix), StringComparison.OrdinalIgnoreCase)));
    }

    private static void CheckServerAndLimits(Execution execution, MailboxDatabase database)
    {
        var server = ServerDirectory.Find(execution, database.Server);
        if (!server.IsUp)
        {
            throw new LabException(ErrorCategory.ResourceUnavailable, Messages.ServerDown(database.Name, server.Name), database.Name);
        }
        if (database.IsRecovery)
        {
            if (DatabaseDirectory.OnServer(execution, server.Name).FirstOrDefault(d => d.IsRecovery && d.Mounted) is { } other)
            {
                throw new LabException(ErrorCategory.InvalidOperation,
                    Messages.SecondRecoveryDatabase(database.Name, server.Name, other.Name), database.Name);
            }
        }
        else if (DatabaseDirectory.MountedCount(execution, server.Name, recovery: false) >= server.MountedDatabaseLimit)
        {
            throw new LabException(ErrorCategory.InvalidOperation,
                Messages.TooManyMounted(database.Name, server.Name, server.Edition, server.MountedDatabaseLimit), database.Name);
        }
    }

    /// <summary>Checks an existing file's identity, rolls it forward when dirty, and attaches it to a log stream.</summary>
    private static void Open(Execution execution, MailboxDatabase database, EdbFile edb, bool acceptDataLoss)
    {
        if (edb.DatabaseGuid != database.Guid && !database.IsRecovery && !database.AllowFileRestore)
        {
            throw new LabException(ErrorCategory.InvalidOperation,
                Messages.FileIdentityMismatch(database.Name, database.EdbFilePath, edb.DatabaseName), database.Name);
        }
        if (edb.State == ShutdownState.Dirty)
        {
            var replay = LogReplay.Run(execution, edb, database.Server, database.LogFolderPath, prefix: null, acceptDataLoss);
            if (!replay.Complete && !acceptDataLoss)
            {
                throw new LabException(ErrorCategory.InvalidOperation,
                    Messages.MissingLogs(database.Name, database.LogFolderPath, replay.Low, replay.High), database.Name);
            }
            edb = EdbFiles.Get(execution, edb.Id);
        }
        if (RefuseForeignLogs(execution, database, edb.LogStream))
        {
            LogStreams.Continue(execution, database, edb.LogStream);
        }
        else
        {
            // The clean file's logs are not here: ESE starts a new log stream for it.
            EdbFiles.SetHeader(execution, edb.Id, ShutdownState.Clean, LogStreams.Start(execution, database), 0);
        }
    }

    /// <summary>
    /// -1216: logs or a checkpoint with this database's prefix that belong to another stream. Returns whether logs of
    /// the given stream are there (so that the stream continues).
    /// </summary>
    private static bool RefuseForeignLogs(Execution execution, MailboxDatabase database, string? stream)
    {
        var prefixed = ServerDisk.List(execution, database.Server, database.LogFolderPath).Where(e =>
            e.Kind is EntryKind.Log or EntryKind.Checkpoint
            && e.Name.StartsWith(database.LogFilePrefix, StringComparison.OrdinalIgnoreCase)).ToList();
        if (prefixed.Any(e => e.LogStream != stream))
        {
            throw new LabException(ErrorCategory.InvalidOperation,
                Messages.AttachedDatabaseMismatch(database.Name, database.LogFolderPath), database.Name);
        }
        return prefixed.Count > 0;
    }
}
