using DialTone.Lab.Organization;
using DialTone.Lab.Store;

namespace DialTone.Lab.Disks;

/// <summary>
/// Transaction log streams as ESE writes them: the current generation in <c>E00.log</c>, closed generations renamed
/// to <c>E00</c> + eight hex digits (<c>E0000000001.log</c>), a checkpoint in <c>E00.chk</c>. Each record says which
/// item entered which mailbox, so that a restored database can be rolled forward with the logs that survived.
/// </summary>
public static class LogStreams
{
    /// <summary>ESE's log file size since Exchange 2007: a generation closes after 1 MB.</summary>
    public const long GenerationBytes = 1 << 20;

    public static string ClosedName(string prefix, long generation) => $"{prefix}{generation:X8}.log";

    public static string CurrentName(string prefix) => $"{prefix}.log";

    public static string CheckpointName(string prefix) => $"{prefix}.chk";

    /// <summary>The generation a stream is writing now.</summary>
    public static long CurrentGeneration(Execution execution, string stream) =>
        execution.Sql.Scalar<long>("SELECT generation FROM log_streams WHERE signature = $s", new Arg("$s", stream));

    /// <summary>Starts a new stream in a database's log folder at generation 1; returns its signature.</summary>
    internal static string Start(Execution execution, MailboxDatabase database)
    {
        execution.EnsureWritable();
        var stream = Ids.NewGuid(execution).ToString("N");
        execution.Sql.Run("INSERT INTO log_streams(signature, prefix, generation) VALUES ($s, $prefix, 1)",
            new Arg("$s", stream), new Arg("$prefix", database.LogFilePrefix));
        ServerDisk.EnsureFolder(execution, database.Server, database.LogFolderPath);
        ServerDisk.AddFile(execution, database.Server,
            WindowsPath.Combine(database.LogFolderPath, CurrentName(database.LogFilePrefix)), EntryKind.Log, logStream: stream,
            generation: 1, size: GenerationBytes);
        ServerDisk.AddFile(execution, database.Server,
            WindowsPath.Combine(database.LogFolderPath, CheckpointName(database.LogFilePrefix)), EntryKind.Checkpoint,
            logStream: stream, generation: 1, size: 8192);
        return stream;
    }

    /// <summary>
    /// Continues a stream whose logs are in a database's log folder: the next generation follows the highest one
    /// there, and the current log and checkpoint are (re)created when missing.
    /// </summary>
    internal static void Continue(Execution execution, MailboxDatabase database, string stream)
    {
        execution.EnsureWritable();
        var inFolder = ServerDisk.List(execution, database.Server, database.LogFolderPath)
            .Where(e => e.LogStream == stream && e.Kind == EntryKind.Log).ToList();
        var currentPath = WindowsPath.Combine(database.LogFolderPath, CurrentName(database.LogFilePrefix));
        var current = inFolder.FirstOrDefault(e => string.Equals(e.Path, currentPath, StringComparison.OrdinalIgnoreCase));
        var generation = current?.Generation ?? (inFolder.Max(e => e.Generation) ?? 0) + 1;
        execution.Sql.Run("INSERT INTO log_streams(signature, prefix, generation) VALUES ($s, $prefix, $g) " +
                          "ON CONFLICT(signature) DO UPDATE SET generation = $g, bytes_in_gen = 0",
            new Arg("$s", stream), new Arg("$prefix", database.LogFilePrefix), new Arg("$g", generation));
        if (current is null)
        {
            ServerDisk.AddFile(execution, database.Server, currentPath, EntryKind.Log, logStream: stream, generation: generation,
                size: GenerationBytes);
        }
        var checkpoint = WindowsPath.Combine(database.LogFolderPath, CheckpointName(database.LogFilePrefix));
        if (ServerDisk.Find(execution, database.Server, checkpoint) is null)
        {
            ServerDisk.AddFile(execution, database.Server, checkpoint, EntryKind.Checkpoint, logStream: stream,
                generation: generation, size: 8192);
        }
    }

    /// <summary>
    /// Logs one item (copy number <paramref name="copy"/>) written to, or removed from, a mounted database; closes the
    /// generation when it is full.
    /// </summary>
    internal static void Append(Execution execution, MailboxDatabase database, string stream, Guid mailbox, long itemId, long bytes,
        int copy = 0, bool removed = false)
    {
        execution.EnsureWritable();
        var sql = execution.Sql;
        var generation = sql.Scalar<long>(
            "UPDATE log_streams SET bytes_in_gen = bytes_in_gen + $bytes WHERE signature = $s RETURNING generation",
            new Arg("$bytes", bytes), new Arg("$s", stream));
        sql.Run("INSERT INTO log_records(log_stream, generation, mailbox_guid, item_id, copy, removed, bytes) " +
                "VALUES ($s, $g, $m, $i, $c, $r, $b)",
            new Arg("$s", stream), new Arg("$g", generation), new Arg("$m", mailbox), new Arg("$i", itemId), new Arg("$c", copy),
            new Arg("$r", removed), new Arg("$b", bytes));
        if (sql.Scalar<long>("SELECT bytes_in_gen FROM log_streams WHERE signature = $s", new Arg("$s", stream)) >= GenerationBytes)
        {
            Roll(execution, database, stream);
        }
    }

    /// <summary>Closes the current generation (renamed to its numbered name) and opens the next in <c>E00.log</c>.</summary>
    internal static void Roll(Execution execution, MailboxDatabase database, string stream)
    {
        execution.EnsureWritable();
        var sql = execution.Sql;
        var generation = CurrentGeneration(execution, stream);
        var current = ServerDisk.Find(execution, database.Server,
            WindowsPath.Combine(database.LogFolderPath, CurrentName(database.LogFilePrefix)));
        if (current is not null && current.LogStream == stream)
        {
            ServerDisk.Delete(execution, current.Id);
            ServerDisk.AddFile(execution, database.Server,
                WindowsPath.Combine(database.LogFolderPath, ClosedName(database.LogFilePrefix, generation)), EntryKind.Log,
                logStream: stream, generation: generation, size: GenerationBytes);
        }
        sql.Run("UPDATE log_streams SET generation = generation + 1, bytes_in_gen = 0 WHERE signature = $s", new Arg("$s", stream));
        ServerDisk.AddFile(execution, database.Server,
            WindowsPath.Combine(database.LogFolderPath, CurrentName(database.LogFilePrefix)), EntryKind.Log,
            logStream: stream, generation: generation + 1, size: GenerationBytes);
        sql.Run("UPDATE files SET generation = $g, modified_at = $now WHERE server = $server AND kind = 'Checkpoint' AND log_stream = $s",
            new Arg("$g", generation + 1), new Arg("$now", execution.NowMs), new Arg("$server", database.Server),
            new Arg("$s", stream));
    }
}
