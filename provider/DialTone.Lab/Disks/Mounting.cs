using DialTone.Lab.Mail;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Disks;

/// <summary>What the Information Store does when a database mounts or dismounts: opens or closes its EDB file.</summary>
public static class Mounting
{
    /// <summary>
    /// Mounts a database on its files. A database that was never mounted and has no file gets a new, empty EDB and a
    /// new log stream (how every new database first mounts, fact sheet §3.2). Queued mail for its mailboxes is delivered.
    /// </summary>
    internal static MailboxDatabase Mount(Execution execution, MailboxDatabase database)
    {
        execution.EnsureWritable();
        var file = ServerDisk.Find(execution, database.Server, database.EdbFilePath);
        long edbId;
        string stream;
        if (file?.EdbId is { } existing)
        {
            edbId = existing;
            stream = EdbFiles.Get(execution, existing).LogStream;
        }
        else
        {
            stream = LogStreams.Start(execution, database);
            edbId = EdbFiles.Create(execution, database.Guid, database.Name, stream);
            ServerDisk.EnsureFolder(execution, database.Server, WindowsPath.Parent(database.EdbFilePath));
            ServerDisk.AddFile(execution, database.Server, database.EdbFilePath, EntryKind.Edb, edbId: edbId);
        }
        var generation = LogStreams.CurrentGeneration(execution, stream);
        EdbFiles.SetHeader(execution, edbId, ShutdownState.Dirty, stream, generation, generation, generation);
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
}
