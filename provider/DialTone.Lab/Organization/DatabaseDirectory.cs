using DialTone.Exchange.Errors;
using DialTone.Lab.Store;
using Microsoft.Data.Sqlite;

namespace DialTone.Lab.Organization;

/// <summary>Mailbox databases in the directory (the objects, not their files).</summary>
public static class DatabaseDirectory
{
    private const string Columns =
        "guid, name, server, is_recovery, edb_file_path, log_folder_path, log_prefix, allow_file_restore, " +
        "circular_logging, mount_at_startup, excluded_provisioning, suspended_provisioning, created_at, ever_mounted, " +
        "mounted_edb, last_full_backup";

    public static IReadOnlyList<MailboxDatabase> All(Execution execution) =>
        execution.Sql.Query($"SELECT {Columns} FROM databases ORDER BY created_at, name", Map);

    public static IReadOnlyList<MailboxDatabase> OnServer(Execution execution, string server) =>
        execution.Sql.Query($"SELECT {Columns} FROM databases WHERE server = $server ORDER BY created_at, name", Map,
            new Arg("$server", server));

    /// <summary>Resolves a DatabaseIdParameter given as -Identity: name, distinguished name or GUID.</summary>
    public static MailboxDatabase Find(Execution execution, string identity) =>
        TryFind(execution, identity)
        ?? throw LabException.NotFound(identity);

    /// <summary>Resolves a database named by another parameter (-Database, -SourceDatabase).</summary>
    public static MailboxDatabase FindReferenced(Execution execution, string identity) =>
        TryFind(execution, identity)
        ?? throw new LabException(ErrorCategory.ObjectNotFound, Messages.DatabaseNotFound(identity), identity);

    public static MailboxDatabase? TryFind(Execution execution, string identity) =>
        execution.Sql.One($"SELECT {Columns} FROM databases WHERE name = $id OR guid = $id COLLATE NOCASE", Map,
            new Arg("$id", ServerDirectory.NameFromDn(identity)));

    public static MailboxDatabase? ByGuid(Execution execution, Guid guid) =>
        execution.Sql.One($"SELECT {Columns} FROM databases WHERE guid = $guid", Map, new Arg("$guid", guid));

    /// <summary>The database schema version of the server a database is on (null when the database is gone).</summary>
    public static string? SchemaVersionOf(Execution execution, Guid database) =>
        execution.Sql.Scalar<string>("SELECT s.schema_version FROM databases d JOIN servers s ON s.name = d.server WHERE d.guid = $g",
            new Arg("$g", database));

    /// <summary>Mounted non-recovery databases on a server: what the edition's limit counts [S5 DOC].</summary>
    public static int MountedCount(Execution execution, string server, bool recovery) =>
        (int)execution.Sql.Scalar<long>(
            "SELECT COUNT(*) FROM databases WHERE server = $server AND is_recovery = $recovery AND mounted_edb IS NOT NULL",
            new Arg("$server", server), new Arg("$recovery", recovery));

    internal static void Insert(Execution execution, MailboxDatabase database)
    {
        execution.EnsureWritable();
        execution.Sql.Run(
            $"INSERT INTO databases({Columns}) VALUES ($guid, $name, $server, $recovery, $edb, $logs, $prefix, $afr, " +
            "$circular, $mountAtStartup, $excluded, $suspended, $created, $everMounted, $mounted, $backup)",
            Args(database));
    }

    internal static void Update(Execution execution, MailboxDatabase database)
    {
        execution.EnsureWritable();
        execution.Sql.Run(
            "UPDATE databases SET name = $name, server = $server, is_recovery = $recovery, edb_file_path = $edb, " +
            "log_folder_path = $logs, log_prefix = $prefix, allow_file_restore = $afr, circular_logging = $circular, " +
            "mount_at_startup = $mountAtStartup, excluded_provisioning = $excluded, suspended_provisioning = $suspended, " +
            "created_at = $created, ever_mounted = $everMounted, mounted_edb = $mounted, last_full_backup = $backup " +
            "WHERE guid = $guid",
            Args(database));
    }

    internal static void Delete(Execution execution, Guid guid)
    {
        execution.EnsureWritable();
        execution.Sql.Run("DELETE FROM databases WHERE guid = $guid", new Arg("$guid", guid));
    }

    private static Arg[] Args(MailboxDatabase d) =>
    [
        new("$guid", d.Guid), new("$name", d.Name), new("$server", d.Server), new("$recovery", d.IsRecovery),
        new("$edb", d.EdbFilePath), new("$logs", d.LogFolderPath), new("$prefix", d.LogFilePrefix),
        new("$afr", d.AllowFileRestore), new("$circular", d.CircularLoggingEnabled),
        new("$mountAtStartup", d.MountAtStartup), new("$excluded", d.IsExcludedFromProvisioning),
        new("$suspended", d.IsSuspendedFromProvisioning), new("$created", d.WhenCreated),
        new("$everMounted", d.EverMounted), new("$mounted", d.MountedEdb), new("$backup", d.LastFullBackup),
    ];

    private static MailboxDatabase Map(SqliteDataReader r) =>
        new(r.Guid(0), r.Text(1), r.Text(2), r.Flag(3), r.Text(4), r.Text(5), r.Text(6), r.Flag(7), r.Flag(8), r.Flag(9),
            r.Flag(10), r.Flag(11), r.Time(12), r.Flag(13), r.LongOrNull(14), r.TimeOrNull(15));
}
