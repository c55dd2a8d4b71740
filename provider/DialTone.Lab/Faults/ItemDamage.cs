using DialTone.Exchange.Errors;
using DialTone.Lab.Disks;
using DialTone.Lab.Integrity;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Faults;

/// <summary>
/// Items a restore request cannot copy, seeded into a store mailbox of a database's file: corrupt (bad) items, and
/// items larger than the target may receive (large items) [S10 DOC: BadItemLimit, LargeItemLimit].
/// </summary>
public static class ItemDamage
{
    /// <summary>Marks the mailbox's newest <paramref name="count"/> messages in the database's file as corrupt.</summary>
    public static IReadOnlyList<long> CorruptItems(Execution execution, string database, string mailbox, int count)
    {
        var (edb, owner) = Locate(execution, database, mailbox, count);
        var items = execution.Sql.Query(
            "SELECT i.item_id FROM items i JOIN ledger l ON l.item_id = i.item_id WHERE i.edb_id = $e AND i.mailbox_guid = $m " +
            "AND l.associated = 0 AND i.bad = 0 ORDER BY i.item_id DESC LIMIT $n",
            r => r.GetInt64(0), new Store.Arg("$e", edb), new Store.Arg("$m", owner.ExchangeGuid), new Store.Arg("$n", count));
        if (items.Count < count)
        {
            // Corrupting fewer items than asked would leave the rehearsal quietly different from what was typed.
            throw new LabException(ErrorCategory.InvalidArgument,
                $"--mailbox '{mailbox}' has {items.Count} sound message(s) in the file of --database '{database}', fewer than --count {count}. " +
                "Name the database whose file holds the mailbox's mail, lower --count, or add --large.", mailbox);
        }
        foreach (var item in items)
        {
            execution.Sql.Run("UPDATE items SET bad = 1 WHERE edb_id = $e AND mailbox_guid = $m AND item_id = $i",
                new Store.Arg("$e", edb), new Store.Arg("$m", owner.ExchangeGuid), new Store.Arg("$i", item));
        }
        return items;
    }

    /// <summary>Puts <paramref name="count"/> messages of 40 MB, received earlier, into the mailbox in the database's file.</summary>
    public static IReadOnlyList<long> AddLargeItems(Execution execution, string database, string mailbox, int count)
    {
        var (edb, owner) = Locate(execution, database, mailbox, count);
        StoreMailboxes.Ensure(execution, edb, owner);
        var items = new List<long>();
        for (var i = 0; i < count; i++)
        {
            var item = Ledger.Add(execution, owner.ExchangeGuid, ItemKind.Received, $"Large attachment {i + 1}", 40L * 1024 * 1024,
                LedgerItem.Sent);
            StoreWriter.Place(execution, edb, owner.ExchangeGuid, item);
            items.Add(item);
        }
        return items;
    }

    private static (long Edb, Mailbox Owner) Locate(Execution execution, string database, string mailbox, int count)
    {
        execution.EnsureWritable();
        if (count < 1)
        {
            throw new LabException(ErrorCategory.InvalidArgument, $"--count must be at least 1 (got {count}).", mailbox);
        }
        var db = DatabaseDirectory.FindReferenced(execution, database);
        var owner = MailboxDirectory.Find(execution, mailbox, Mailbox.AnyType);
        var edb = db.MountedEdb ?? ServerDisk.Find(execution, db.Server, db.EdbFilePath)?.EdbId
            ?? throw new LabException(ErrorCategory.ObjectNotFound, Messages.PathNotFound(db.EdbFilePath), database);
        return (edb, owner);
    }
}
