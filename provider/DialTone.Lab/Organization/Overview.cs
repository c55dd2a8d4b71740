using DialTone.Lab.Store;

namespace DialTone.Lab.Organization;

public sealed record ServerRow(string Name, string Site, string Version, string Edition, string SchemaVersion, string State,
    int MountedDatabases);

public sealed record DatabaseRow(string Name, string Server, bool Recovery, bool Mounted, string EdbFilePath,
    string LogFolderPath, bool AllowFileRestore, int Mailboxes, DateTimeOffset? LastFullBackup);

public sealed record MailboxRow(string Alias, RecipientType Type, string Database, Guid ExchangeGuid, long Items);

/// <summary>The lab at a glance, for <c>dialtone-lab show</c>: what an administrator would look up first.</summary>
public static class Overview
{
    public static IReadOnlyList<ServerRow> Servers(Execution execution) =>
        ServerDirectory.All(execution).Select(s => new ServerRow(s.Name, s.Site, s.Version, s.Edition, s.SchemaVersion,
            s.IsUp ? "Up" : "Failed", DatabaseDirectory.OnServer(execution, s.Name).Count(d => d.Mounted))).ToList();

    public static IReadOnlyList<DatabaseRow> Databases(Execution execution)
    {
        var counts = execution.Sql.Query("SELECT database_guid, COUNT(*) FROM mailboxes GROUP BY database_guid",
            r => (Db: r.Guid(0), Count: (int)r.Long(1))).ToDictionary(c => c.Db, c => c.Count);
        return DatabaseDirectory.All(execution).Select(d => new DatabaseRow(d.Name, d.Server, d.IsRecovery, d.Mounted,
            d.EdbFilePath, d.LogFolderPath, d.AllowFileRestore, counts.GetValueOrDefault(d.Guid), d.LastFullBackup)).ToList();
    }

    /// <summary>Every mailbox with the items it holds in its home database (when mounted).</summary>
    public static IReadOnlyList<MailboxRow> Mailboxes(Execution execution)
    {
        var items = execution.Sql.Query(
            "SELECT m.guid, COUNT(i.item_id) FROM mailboxes m JOIN databases d ON d.guid = m.database_guid " +
            "JOIN items i ON i.edb_id = d.mounted_edb AND i.mailbox_guid = m.exchange_guid GROUP BY m.guid",
            r => (Guid: r.Guid(0), Count: r.Long(1))).ToDictionary(c => c.Guid, c => c.Count);
        var databases = DatabaseDirectory.All(execution).ToDictionary(d => d.Guid, d => d.Name);
        return MailboxDirectory.All(execution).Select(m => new MailboxRow(m.Alias, m.Type,
            databases.GetValueOrDefault(m.Database, "(deleted)"), m.ExchangeGuid, items.GetValueOrDefault(m.Guid))).ToList();
    }
}
