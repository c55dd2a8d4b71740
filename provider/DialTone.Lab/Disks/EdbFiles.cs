using DialTone.Lab.Store;
using Microsoft.Data.Sqlite;

namespace DialTone.Lab.Disks;

/// <summary>EDB headers and whole-file content operations (a copy duplicates the store; a move keeps it).</summary>
public static class EdbFiles
{
    private const string Columns =
        "id, database_guid, database_name, state, log_stream, committed_generation, required_low, required_high, created_at";

    public static EdbFile Get(Execution execution, long id) =>
        execution.Sql.One($"SELECT {Columns} FROM edb_files WHERE id = $id", Map, new Arg("$id", id))
        ?? throw new InvalidOperationException($"EDB {id} does not exist in the lab.");

    /// <summary>A file's size in bytes: an empty database's megabyte and the content of the items it holds [INF].</summary>
    public static long Size(Execution execution, long id) =>
        EmptyBytes + execution.Sql.Scalar<long>(
            "SELECT COALESCE(SUM(l.size), 0) FROM items i JOIN ledger l ON l.item_id = i.item_id WHERE i.edb_id = $e", new Arg("$e", id));

    private const long EmptyBytes = 1 << 20;

    /// <summary>A new, empty database file: what ESE creates on the first mount of a new database.</summary>
    internal static long Create(Execution execution, Guid database, string databaseName, string logStream)
    {
        execution.EnsureWritable();
        return execution.Sql.Scalar<long>(
            "INSERT INTO edb_files(database_guid, database_name, state, log_stream, committed_generation, created_at) " +
            "VALUES ($db, $name, 'Clean', $stream, 0, $now) RETURNING id",
            new Arg("$db", database), new Arg("$name", databaseName), new Arg("$stream", logStream),
            new Arg("$now", execution.NowMs));
    }

    internal static void SetHeader(Execution execution, long id, ShutdownState state, string logStream,
        long committedGeneration, long? requiredLow = null, long? requiredHigh = null)
    {
        execution.EnsureWritable();
        execution.Sql.Run(
            "UPDATE edb_files SET state = $state, log_stream = $stream, committed_generation = $gen, " +
            "required_low = $low, required_high = $high WHERE id = $id",
            new Arg("$state", state), new Arg("$stream", logStream), new Arg("$gen", committedGeneration),
            new Arg("$low", requiredLow), new Arg("$high", requiredHigh), new Arg("$id", id));
    }

    /// <summary>Copies a whole file's content (header, store mailboxes, items) into a new EDB; returns its id.</summary>
    internal static long Copy(Execution execution, long source)
    {
        execution.EnsureWritable();
        var sql = execution.Sql;
        var copy = sql.Scalar<long>(
            "INSERT INTO edb_files(database_guid, database_name, state, log_stream, committed_generation, required_low, " +
            "required_high, created_at) SELECT database_guid, database_name, state, log_stream, committed_generation, " +
            "required_low, required_high, created_at FROM edb_files WHERE id = $id RETURNING id", new Arg("$id", source));
        sql.Run("INSERT INTO store_mailboxes(edb_id, mailbox_guid, display_name, legacy_dn, created_at, last_logon, " +
                "disconnect_reason) SELECT $copy, mailbox_guid, display_name, legacy_dn, created_at, last_logon, " +
                "disconnect_reason FROM store_mailboxes WHERE edb_id = $id",
            new Arg("$copy", copy), new Arg("$id", source));
        sql.Run("INSERT INTO items(edb_id, mailbox_guid, item_id, copy, bad) " +
                "SELECT $copy, mailbox_guid, item_id, copy, bad FROM items WHERE edb_id = $id",
            new Arg("$copy", copy), new Arg("$id", source));
        return copy;
    }

    /// <summary>Forgets a file's content once nothing (no disk entry, no backup) refers to it any more.</summary>
    internal static void DeleteIfUnreferenced(Execution execution, long id)
    {
        execution.EnsureWritable();
        var sql = execution.Sql;
        var referenced = sql.Scalar<long>(
            "SELECT (SELECT COUNT(*) FROM files WHERE edb_id = $id) + (SELECT COUNT(*) FROM backups WHERE edb_id = $id) " +
            "+ (SELECT COUNT(*) FROM databases WHERE mounted_edb = $id)", new Arg("$id", id));
        if (referenced == 0)
        {
            sql.Run("DELETE FROM items WHERE edb_id = $id", new Arg("$id", id));
            sql.Run("DELETE FROM store_mailboxes WHERE edb_id = $id", new Arg("$id", id));
            sql.Run("DELETE FROM edb_files WHERE id = $id", new Arg("$id", id));
        }
    }

    private static EdbFile Map(SqliteDataReader r) =>
        new(r.Long(0), r.Guid(1), r.Text(2), Enum.Parse<ShutdownState>(r.Text(3)), r.Text(4), r.Long(5),
            r.LongOrNull(6), r.LongOrNull(7), r.Time(8));
}
