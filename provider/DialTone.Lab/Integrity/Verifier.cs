using DialTone.Lab.Disks;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;
using DialTone.Lab.Store;

namespace DialTone.Lab.Integrity;

/// <summary>The outcome of <c>verify</c>: how much was checked and everything found wrong.</summary>
public sealed record VerifyReport(long ItemsChecked, int MailboxesChecked, IReadOnlyList<Finding> Findings)
{
    public bool Passed => Findings.Count == 0;
}

/// <summary>
/// Proves from the ledger that every item ever delivered or present is exactly once in its mailbox in the mailbox's
/// current home database and in no other mailbox's, that nothing waits in the queue and that no mailbox is stranded
/// on an unmounted database.
/// Only files on the servers' disks count: a backup is not a home. An associated item a restore request overwrote on
/// purpose (MapByMessageClass: its last ledger event is Replaced) is accounted for when it is gone.
/// </summary>
public static class Verifier
{
    public static VerifyReport Run(Execution execution)
    {
        var sql = execution.Sql;
        var mailboxes = MailboxDirectory.All(execution).ToDictionary(m => m.ExchangeGuid);
        var databases = DatabaseDirectory.All(execution).ToDictionary(d => d.Guid);
        var findings = new List<Finding>();

        var homeFile = new Dictionary<Guid, long?>();
        foreach (var database in databases.Values)
        {
            homeFile[database.Guid] = database.MountedEdb ?? ServerDisk.Find(execution, database.Server, database.EdbFilePath)?.EdbId;
        }
        foreach (var mailbox in mailboxes.Values.OrderBy(m => m.Alias, StringComparer.OrdinalIgnoreCase))
        {
            var home = databases.GetValueOrDefault(mailbox.Database);
            if (mailbox.Type != RecipientType.MonitoringMailbox && home is not { Mounted: true })
            {
                findings.Add(new Finding(FindingKind.Stranded, mailbox.Alias, null, null, home is null
                    ? "homed on a database that no longer exists"
                    : $"homed on {home.Name}, which is not mounted"));
            }
        }

        var queued = TransportQueue.All(execution).Select(q => q.ItemId).ToHashSet();
        var copies = CopiesOnDisk(sql);
        var replaced = sql.Query(
            "SELECT e.item_id FROM ledger_events e WHERE e.event = $replaced AND e.seq = (SELECT MAX(seq) FROM ledger_events WHERE item_id = e.item_id)",
            r => r.Long(0), new Arg("$replaced", Ledger.Replaced)).ToHashSet();
        AddPendingCopies(execution, copies, replaced);
        var ledger = sql.Query("SELECT item_id, owner_guid FROM ledger ORDER BY item_id", r => (Id: r.Long(0), Owner: r.Guid(1)));
        var homeOfMailbox = mailboxes.Values.ToDictionary(m => m.ExchangeGuid, m => homeFile.GetValueOrDefault(m.Database));
        foreach (var (id, owner) in ledger)
        {
            var mailbox = mailboxes.GetValueOrDefault(owner);
            var name = mailbox?.Alias ?? owner.ToString();
            var messageId = LedgerItem.MessageIdOf(id, owner);
            var homeEdb = mailbox is null ? null : homeFile.GetValueOrDefault(mailbox.Database);
            var placed = copies.GetValueOrDefault(id) ?? [];
            var atHome = placed.Count(p => p.Edb == homeEdb && p.Mailbox == owner);
            if (queued.Contains(id))
            {
                findings.Add(new Finding(FindingKind.Queued, name, id, messageId, "still waits in the transport queue"));
            }
            else if (atHome > 1)
            {
                findings.Add(new Finding(FindingKind.Duplicated, name, id, messageId, $"{atHome} copies in the home database"));
            }
            else if (atHome == 0 && placed.Count > 0 && !replaced.Contains(id))
            {
                findings.Add(new Finding(FindingKind.OnlyOutsideHome, name, id, messageId,
                    $"not in the home database; present in {string.Join(", ", placed.Select(p => p.Where).Distinct())}"));
            }
            else if (atHome == 0 && !replaced.Contains(id))
            {
                findings.Add(new Finding(FindingKind.Missing, name, id, messageId, "in no database file and not queued"));
            }
            foreach (var stray in placed.Where(p => p.Mailbox != owner && homeOfMailbox.TryGetValue(p.Mailbox, out var home) && home == p.Edb))
            {
                findings.Add(new Finding(FindingKind.Misplaced, mailboxes[stray.Mailbox].Alias, id, messageId,
                    $"an item of mailbox {name} in this mailbox's home database"));
            }
        }
        var ordered = findings.OrderBy(f => f.Mailbox, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.ItemId ?? 0).ToList();
        return new VerifyReport(ledger.Count, mailboxes.Count, ordered);
    }

    private sealed record Copy(long Edb, Guid Mailbox, string Where, int Number = 0);

    /// <summary>The copies restore requests have made since they were last recorded (computed from the clock).</summary>
    private static void AddPendingCopies(Execution execution, Dictionary<long, List<Copy>> copies, HashSet<long> replaced)
    {
        foreach (var step in Replication.Mrs.PendingSteps(execution))
        {
            if (step.Replaces is { } old)
            {
                replaced.Add(old.ItemId);
                copies.GetValueOrDefault(old.ItemId)?.RemoveAll(c => c.Edb == old.Edb && c.Mailbox == old.Mailbox && c.Number == old.Copy);
            }
            if (!copies.TryGetValue(step.Add.ItemId, out var list))
            {
                copies[step.Add.ItemId] = list = [];
            }
            list.Add(new Copy(step.Add.Edb, step.Add.Mailbox, $"EDB {step.Add.Edb}", step.Add.Copy));
        }
    }

    /// <summary>Every copy of every item in the EDB files on the servers' disks, by item.</summary>
    private static Dictionary<long, List<Copy>> CopiesOnDisk(Sql sql)
    {
        var copies = new Dictionary<long, List<Copy>>();
        var rows = sql.Query(
            "SELECT i.item_id, i.edb_id, i.mailbox_guid, f.server || ':' || f.path, i.copy FROM items i " +
            "JOIN (SELECT edb_id, MIN(server) AS server, MIN(path) AS path FROM files WHERE kind = 'Edb' GROUP BY edb_id) f " +
            "ON f.edb_id = i.edb_id",
            r => (Item: r.Long(0), Copy: new Copy(r.Long(1), r.Guid(2), r.Text(3), (int)r.Long(4))));
        foreach (var (item, copy) in rows)
        {
            if (!copies.TryGetValue(item, out var list))
            {
                copies[item] = list = [];
            }
            list.Add(copy);
        }
        return copies;
    }
}
