using DialTone.Exchange.Errors;
using DialTone.Lab.Organization;
using DialTone.Lab.Store;
using Microsoft.Data.Sqlite;

namespace DialTone.Lab.Disks;

/// <summary>The backup software's part: full backups of mounted databases, kept outside the servers' disks.</summary>
public static class Backups
{
    private const string Columns =
        "id, database_guid, database_name, server, edb_file_name, edb_id, log_prefix, log_stream, generation, taken_at";

    public static IReadOnlyList<Backup> All(Execution execution) =>
        execution.Sql.Query($"SELECT {Columns} FROM backups ORDER BY id", Map);

    public static Backup? Find(Execution execution, long id) =>
        execution.Sql.One($"SELECT {Columns} FROM backups WHERE id = $id", Map, new Arg("$id", id));

    public static Backup? Latest(Execution execution, string databaseName) =>
        execution.Sql.One($"SELECT {Columns} FROM backups WHERE database_name = $name ORDER BY id DESC LIMIT 1", Map,
            new Arg("$name", databaseName));

    /// <summary>
    /// Takes a full backup of a mounted database: the snapshot needs the current log generation to be consistent, the
    /// log rolls to a new generation, and the generations before the snapshot's are truncated, as a full backup does
    /// [S8 DOC].
    /// </summary>
    public static Backup Take(Execution execution, MailboxDatabase database)
    {
        execution.EnsureWritable();
        if (database.IsRecovery)
        {
            throw new LabException(ErrorCategory.InvalidOperation, Messages.RecoveryNotBackedUp(database.Name), database.Name);
        }
        var edbId = database.MountedEdb
            ?? throw new LabException(ErrorCategory.InvalidOperation, Messages.BackupNeedsMounted(database.Name), database.Name);
        var stream = EdbFiles.Get(execution, edbId).LogStream;
        var generation = LogStreams.CurrentGeneration(execution, stream);
        var snapshot = EdbFiles.Copy(execution, edbId);
        EdbFiles.SetHeader(execution, snapshot, ShutdownState.Dirty, stream, generation, generation, generation);
        LogStreams.Roll(execution, database, stream);
        foreach (var old in ServerDisk.List(execution, database.Server, database.LogFolderPath)
                     .Where(e => e.Kind == EntryKind.Log && e.LogStream == stream && e.Generation < generation))
        {
            ServerDisk.Delete(execution, old.Id);
        }
        DatabaseDirectory.Update(execution, database with { LastFullBackup = execution.Now });
        var id = execution.Sql.Scalar<long>(
            $"INSERT INTO backups({Columns[4..]}) VALUES ($db, $name, $server, $file, $edb, $prefix, $stream, $gen, $now) RETURNING id",
            new Arg("$db", database.Guid), new Arg("$name", database.Name), new Arg("$server", database.Server),
            new Arg("$file", WindowsPath.Name(database.EdbFilePath)), new Arg("$edb", snapshot),
            new Arg("$prefix", database.LogFilePrefix), new Arg("$stream", stream), new Arg("$gen", generation),
            new Arg("$now", execution.NowMs));
        return Find(execution, id)!;
    }

    private static Backup Map(SqliteDataReader r) =>
        new(r.Long(0), r.Guid(1), r.Text(2), r.Text(3), r.Text(4), r.Long(5), r.Text(6), r.Text(7), r.Long(8), r.Time(9));
}
