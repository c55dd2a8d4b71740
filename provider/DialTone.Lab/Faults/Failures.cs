using DialTone.Exchange.Errors;
using DialTone.Lab.Disks;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Faults;

/// <summary>The disasters a rehearsal needs: a database's files lost, a server down, a process crash.</summary>
public static class Failures
{
    /// <summary>
    /// The database's EDB (and checkpoint) are lost; its transaction logs too unless <paramref name="keepLogs"/>.
    /// The database object stays, dismounted; its mailboxes can no longer take mail.
    /// </summary>
    public static void FailDatabase(Execution execution, string identity, bool keepLogs)
    {
        var database = DatabaseDirectory.Find(execution, identity);
        // Failing a database whose file is already gone would report a fault that did nothing (and --keep-logs a
        // promise about logs an earlier fault may have taken).
        var edb = ServerDisk.Find(execution, database.Server, database.EdbFilePath)
            ?? throw new LabException(ErrorCategory.InvalidOperation,
                $"Database '{database.Name}' has no file at '{database.EdbFilePath}' to lose: it has failed already or was never mounted. " +
                "'dialtone-lab show databases' shows its state.", identity);
        DatabaseDirectory.Update(execution, database with { MountedEdb = null });
        var lost = ServerDisk.List(execution, database.Server, database.LogFolderPath)
            .Where(e => e.Kind == EntryKind.Checkpoint || e.Kind == EntryKind.Log && !keepLogs)
            .Where(e => e.Name.StartsWith(database.LogFilePrefix, StringComparison.OrdinalIgnoreCase)).ToList();
        lost.Add(edb);
        foreach (var entry in lost)
        {
            ServerDisk.Delete(execution, entry.Id);
            if (entry.EdbId is { } content)
            {
                EdbFiles.DeleteIfUnreferenced(execution, content);
            }
        }
    }

    /// <summary>The server goes down: its mounted databases stop where they are, their files left dirty.</summary>
    public static void FailServer(Execution execution, string identity)
    {
        var server = ServerDirectory.Find(execution, identity);
        if (!server.IsUp)
        {
            throw new LabException(ErrorCategory.InvalidOperation,
                $"Server '{server.Name}' is down already. 'dialtone-lab show servers' shows each server's state.", identity);
        }
        ServerDirectory.SetUp(execution, server.Name, isUp: false);
        foreach (var database in DatabaseDirectory.OnServer(execution, server.Name).Where(d => d.Mounted))
        {
            // The file stays dirty and needs the logs from the checkpoint on (the lab writes through, so the
            // checkpoint is the current generation).
            var edb = EdbFiles.Get(execution, database.MountedEdb!.Value);
            var generation = LogStreams.CurrentGeneration(execution, edb.LogStream);
            EdbFiles.SetHeader(execution, edb.Id, ShutdownState.Dirty, edb.LogStream, generation, generation, generation);
            DatabaseDirectory.Update(execution, database with { MountedEdb = null });
        }
    }

    /// <summary>The lab's n-th mutating execution from now commits and then kills the process.</summary>
    public static void CrashAfter(Execution execution, int n)
    {
        execution.EnsureWritable();
        if (n < 1)
        {
            throw new LabException(ErrorCategory.InvalidArgument, $"--after must be at least 1 (got {n}).", "lab");
        }
        if (CrashPoint.Left(execution.Sql) is { } earlier)
        {
            execution.Warn(Messages.CrashPointReplaced(earlier));
        }
        CrashPoint.Arm(execution.Sql, n);
    }
}
