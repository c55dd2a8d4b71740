using DialTone.Lab.Organization;
using DialTone.Lab.Store;
using Microsoft.Data.Sqlite;

namespace DialTone.Lab.Mail;

/// <summary>
/// Store mailboxes inside an EDB. Exchange creates one lazily, on the first delivery to the mailbox or the user's
/// first logon [S21 COMM], which is why a dial tone database starts with none.
/// </summary>
public static class StoreMailboxes
{
    private const string Select =
        "SELECT s.edb_id, s.mailbox_guid, s.display_name, s.legacy_dn, s.created_at, s.last_logon, s.disconnect_reason, " +
        "COALESCE(SUM(CASE WHEN l.associated = 0 THEN 1 ELSE 0 END), 0), " +
        "COALESCE(SUM(CASE WHEN l.associated = 1 THEN 1 ELSE 0 END), 0), COALESCE(SUM(l.size), 0) " +
        "FROM store_mailboxes s LEFT JOIN items i ON i.edb_id = s.edb_id AND i.mailbox_guid = s.mailbox_guid " +
        "LEFT JOIN ledger l ON l.item_id = i.item_id ";

    public static IReadOnlyList<StoreMailbox> InFile(Execution execution, long edbId) =>
        WithPendingCopies(execution, edbId,
            execution.Sql.Query(Select + "WHERE s.edb_id = $edb GROUP BY s.mailbox_guid ORDER BY s.display_name", Map,
                new Arg("$edb", edbId)));

    public static StoreMailbox? Find(Execution execution, long edbId, Guid mailboxGuid) =>
        WithPendingCopies(execution, edbId,
            execution.Sql.Query(Select + "WHERE s.edb_id = $edb AND s.mailbox_guid = $mbx GROUP BY s.mailbox_guid", Map,
                new Arg("$edb", edbId), new Arg("$mbx", mailboxGuid)), mailboxGuid).SingleOrDefault();

    /// <summary>The store mailbox a StoreMailboxIdParameter names in a file (see <see cref="StoreMailbox.IsNamedBy"/>).</summary>
    public static StoreMailbox? Named(Execution execution, long edbId, string identity) =>
        Guid.TryParse(identity, out var guid)
            ? Find(execution, edbId, guid)
            : InFile(execution, edbId).FirstOrDefault(s => s.IsNamedBy(identity));

    /// <summary>
    /// The store as it is now: with the copies restore requests made since they were last recorded (computed from the
    /// clock, so that a read never writes). A target's store mailbox appears when the first copy arrives.
    /// </summary>
    private static IReadOnlyList<StoreMailbox> WithPendingCopies(Execution execution, long edbId, List<StoreMailbox> stored,
        Guid? onlyMailbox = null)
    {
        var steps = Replication.Mrs.PendingSteps(execution, edbId)
            .Where(s => s.Add.Edb == edbId && (onlyMailbox is null || s.Add.Mailbox == onlyMailbox)).ToList();
        if (steps.Count == 0)
        {
            return stored;
        }
        var result = stored.ToDictionary(s => s.MailboxGuid);
        foreach (var step in steps)
        {
            var item = Integrity.Ledger.Find(execution, step.Add.ItemId)!;
            var owner = MailboxDirectory.ByExchangeGuid(execution, step.Add.Mailbox);
            var store = result.GetValueOrDefault(step.Add.Mailbox)
                ?? new StoreMailbox(edbId, step.Add.Mailbox, owner?.DisplayName ?? "", owner?.LegacyExchangeDN ?? "", execution.Now, null, null, 0, 0, 0);
            var removedSize = step.Replaces is { } old ? Integrity.Ledger.Find(execution, old.ItemId)!.Size : 0;
            result[step.Add.Mailbox] = item.Associated
                ? store with { AssociatedItemCount = store.AssociatedItemCount + (step.Replaces is null ? 1 : 0), TotalItemSize = store.TotalItemSize + item.Size - removedSize }
                : store with { ItemCount = store.ItemCount + 1, TotalItemSize = store.TotalItemSize + item.Size };
        }
        return result.Values.OrderBy(s => s.DisplayName, StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether the file holds the store mailbox as recorded (a target's pending copies left aside).</summary>
    internal static bool Exists(Execution execution, long edbId, Guid mailboxGuid) =>
        execution.Sql.Scalar<long>("SELECT EXISTS (SELECT 1 FROM store_mailboxes WHERE edb_id = $edb AND mailbox_guid = $mbx)",
            new Arg("$edb", edbId), new Arg("$mbx", mailboxGuid)) != 0;

    /// <summary>Creates the store mailbox when the file does not hold it yet.</summary>
    internal static void Ensure(Execution execution, long edbId, Mailbox mailbox)
    {
        execution.EnsureWritable();
        execution.Sql.Run(
            "INSERT INTO store_mailboxes(edb_id, mailbox_guid, display_name, legacy_dn, created_at) " +
            "VALUES ($edb, $mbx, $name, $ldn, $now) ON CONFLICT DO NOTHING",
            new Arg("$edb", edbId), new Arg("$mbx", mailbox.ExchangeGuid), new Arg("$name", mailbox.DisplayName),
            new Arg("$ldn", mailbox.LegacyExchangeDN), new Arg("$now", execution.NowMs));
    }

    /// <summary>The user logs on: the store mailbox is created if needed and its LastLogonTime is set.</summary>
    internal static void Logon(Execution execution, long edbId, Mailbox mailbox)
    {
        Ensure(execution, edbId, mailbox);
        execution.Sql.Run("UPDATE store_mailboxes SET last_logon = $now WHERE edb_id = $edb AND mailbox_guid = $mbx",
            new Arg("$now", execution.NowMs), new Arg("$edb", edbId), new Arg("$mbx", mailbox.ExchangeGuid));
    }

    internal static void SetDisconnectReason(Execution execution, long edbId, Guid mailboxGuid, string? reason)
    {
        execution.EnsureWritable();
        execution.Sql.Run("UPDATE store_mailboxes SET disconnect_reason = $r WHERE edb_id = $edb AND mailbox_guid = $mbx",
            new Arg("$r", reason), new Arg("$edb", edbId), new Arg("$mbx", mailboxGuid));
    }

    private static StoreMailbox Map(SqliteDataReader r) =>
        new(r.Long(0), r.Guid(1), r.Text(2), r.Text(3), r.Time(4), r.TimeOrNull(5), r.TextOrNull(6), r.Long(7), r.Long(8),
            r.Long(9));
}
