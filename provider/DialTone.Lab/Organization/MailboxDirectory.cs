using DialTone.Exchange.Values;
using DialTone.Lab.Store;
using Microsoft.Data.Sqlite;

namespace DialTone.Lab.Organization;

/// <summary>Mailbox recipients in the directory, and how an identity names one of them.</summary>
public static class MailboxDirectory
{
    private const string Columns =
        "guid, exchange_guid, alias, name, display_name, primary_smtp, legacy_dn, x500_proxies, type, database_guid, " +
        "distinguished_name, created_at";

    public static IReadOnlyList<Mailbox> All(Execution execution) =>
        execution.Sql.Query($"SELECT {Columns} FROM mailboxes ORDER BY created_at, name", Map);

    /// <summary>Mailboxes homed on a database (all of them, whatever their type), in the order they were created.</summary>
    public static IReadOnlyList<Mailbox> OnDatabase(Execution execution, Guid database) =>
        execution.Sql.Query($"SELECT {Columns} FROM mailboxes WHERE database_guid = $db ORDER BY created_at, name", Map,
            new Arg("$db", database));

    /// <summary>Mailboxes of the given types, optionally on one database or server, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<Mailbox> Where(
        Execution execution, IReadOnlySet<RecipientType> types, Guid? database, string? server, int? limit)
    {
        var typeList = string.Join(',', types.Select(t => $"'{t}'"));
        return execution.Sql.Query(
            $"SELECT {Columns} FROM mailboxes m WHERE type IN ({typeList}) " +
            "AND ($db IS NULL OR database_guid = $db) " +
            "AND ($server IS NULL OR database_guid IN (SELECT guid FROM databases WHERE server = $server)) " +
            "ORDER BY created_at, name LIMIT $limit",
            Map, new Arg("$db", database), new Arg("$server", server), new Arg("$limit", limit ?? -1));
    }

    public static Mailbox? ByExchangeGuid(Execution execution, Guid exchangeGuid) =>
        execution.Sql.One($"SELECT {Columns} FROM mailboxes WHERE exchange_guid = $g", Map, new Arg("$g", exchangeGuid));

    public static Mailbox? ByGuid(Execution execution, Guid guid) =>
        execution.Sql.One($"SELECT {Columns} FROM mailboxes WHERE guid = $g", Map, new Arg("$g", guid));

    /// <summary>
    /// Resolves a MailboxIdParameter among the given types. A mailbox of another type is not found, as Exchange's
    /// recipient filter leaves arbitration, audit-log and monitoring mailboxes out unless their switch is given.
    /// </summary>
    public static Mailbox Find(Execution execution, string identity, IReadOnlySet<RecipientType> types)
    {
        var matches = Resolve(execution, identity).Where(m => types.Contains(m.Type)).DistinctBy(m => m.Guid).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw LabException.NotFound(identity),
            _ => throw LabException.Ambiguous(identity),
        };
    }

    internal static void Insert(Execution execution, Mailbox mailbox)
    {
        execution.EnsureWritable();
        execution.Sql.Run(
            $"INSERT INTO mailboxes({Columns}) VALUES ($guid, $xguid, $alias, $name, $display, $smtp, $ldn, $x500, " +
            "$type, $db, $dn, $created)",
            new Arg("$guid", mailbox.Guid), new Arg("$xguid", mailbox.ExchangeGuid), new Arg("$alias", mailbox.Alias),
            new Arg("$name", mailbox.Name), new Arg("$display", mailbox.DisplayName),
            new Arg("$smtp", mailbox.PrimarySmtpAddress), new Arg("$ldn", mailbox.LegacyExchangeDN),
            new Arg("$x500", string.Join('\n', mailbox.X500Proxies)), new Arg("$type", mailbox.Type),
            new Arg("$db", mailbox.Database), new Arg("$dn", mailbox.DistinguishedName),
            new Arg("$created", mailbox.WhenCreated));
    }

    internal static void SetDatabase(Execution execution, Guid mailbox, Guid database)
    {
        execution.EnsureWritable();
        execution.Sql.Run("UPDATE mailboxes SET database_guid = $db WHERE guid = $guid",
            new Arg("$db", database), new Arg("$guid", mailbox));
    }

    /// <summary>
    /// The forms an identity takes (GUID, legacyExchangeDN, distinguished or canonical name, SMTP address or UPN,
    /// DOMAIN\alias, alias or name), each looked up through its own index so that 10,000 look-ups stay fast.
    /// </summary>
    private static List<Mailbox> Resolve(Execution execution, string identity)
    {
        var sql = execution.Sql;
        var id = identity.Trim();
        if (Guid.TryParse(id, out var guid))
        {
            return sql.Query($"SELECT {Columns} FROM mailboxes WHERE guid = $g OR exchange_guid = $g", Map, new Arg("$g", guid));
        }
        if (id.StartsWith("/o=", StringComparison.OrdinalIgnoreCase))
        {
            return sql.Query($"SELECT {Columns} FROM mailboxes WHERE legacy_dn = $id", Map, new Arg("$id", id));
        }
        var name = id.StartsWith("CN=", StringComparison.OrdinalIgnoreCase) ? ServerDirectory.NameFromDn(id)
            : id.StartsWith(Contoso.Domain + "/", StringComparison.OrdinalIgnoreCase) ? id[(id.LastIndexOf('/') + 1)..]
            : null;
        if (name is not null)
        {
            return sql.Query($"SELECT {Columns} FROM mailboxes WHERE name = $n", Map, new Arg("$n", name));
        }
        if (id.Contains('@'))
        {
            return sql.Query($"SELECT {Columns} FROM mailboxes WHERE primary_smtp = $id", Map, new Arg("$id", id));
        }
        var alias = id.Contains('\\') ? id[(id.IndexOf('\\') + 1)..] : id;
        return sql.Query($"SELECT {Columns} FROM mailboxes WHERE alias = $a OR name = $a", Map, new Arg("$a", alias));
    }

    private static Mailbox Map(SqliteDataReader r) =>
        new(r.Guid(0), r.Guid(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5), r.Text(6),
            r.Text(7).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToEquatableArray(), Enum.Parse<RecipientType>(r.Text(8)),
            r.Guid(9), r.Text(10), r.Time(11));
}
