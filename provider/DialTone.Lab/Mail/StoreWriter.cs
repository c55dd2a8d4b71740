using DialTone.Lab.Disks;
using DialTone.Lab.Organization;
using DialTone.Lab.Store;

namespace DialTone.Lab.Mail;

/// <summary>
/// Writes items into the EDB a mounted database has open. What the Information Store writes (delivery, restore
/// request copies and the items they replace) goes to the database's transaction log too, so that a restored backup
/// rolled forward with the surviving logs has it.
/// </summary>
internal static class StoreWriter
{
    /// <summary>Puts an item into a store mailbox of a file, without logging (seeding, replay).</summary>
    public static void Place(Execution execution, long edbId, Guid mailbox, long itemId, int copy = 0)
    {
        execution.EnsureWritable();
        execution.Sql.Run("INSERT INTO items(edb_id, mailbox_guid, item_id, copy) VALUES ($edb, $mbx, $item, $copy)",
            new Arg("$edb", edbId), new Arg("$mbx", mailbox), new Arg("$item", itemId), new Arg("$copy", copy));
    }

    /// <summary>Takes an item out of a store mailbox of a file, without logging (replay).</summary>
    public static void Take(Execution execution, long edbId, Guid mailbox, long itemId, int copy)
    {
        execution.EnsureWritable();
        execution.Sql.Run("DELETE FROM items WHERE edb_id = $edb AND mailbox_guid = $mbx AND item_id = $item AND copy = $copy",
            new Arg("$edb", edbId), new Arg("$mbx", mailbox), new Arg("$item", itemId), new Arg("$copy", copy));
    }

    /// <summary>Delivers an item: the store mailbox is created on first delivery.</summary>
    public static void Write(Execution execution, MailboxDatabase database, Mailbox mailbox, long itemId, long size)
    {
        var edbId = Open(database);
        StoreMailboxes.Ensure(execution, edbId, mailbox);
        Place(execution, edbId, mailbox.ExchangeGuid, itemId);
        LogStreams.Append(execution, database, StreamOf(execution, edbId), mailbox.ExchangeGuid, itemId, size);
    }

    /// <summary>A restore request's copy of an item (a store mailbox the MRS has logged on to).</summary>
    public static void Copy(Execution execution, MailboxDatabase database, Guid mailbox, long itemId, int copy)
    {
        var edbId = Open(database);
        Place(execution, edbId, mailbox, itemId, copy);
        var size = Integrity.Ledger.Find(execution, itemId)!.Size;
        LogStreams.Append(execution, database, StreamOf(execution, edbId), mailbox, itemId, size, copy);
    }

    /// <summary>The item a restore request's copy replaces (AssociatedMessagesCopyOption MapByMessageClass).</summary>
    public static void Remove(Execution execution, MailboxDatabase database, Guid mailbox, long itemId, int copy)
    {
        var edbId = Open(database);
        Take(execution, edbId, mailbox, itemId, copy);
        // A deletion's log record carries no item content.
        LogStreams.Append(execution, database, StreamOf(execution, edbId), mailbox, itemId, 0, copy, removed: true);
    }

    private static long Open(MailboxDatabase database) =>
        database.MountedEdb ?? throw new InvalidOperationException($"{database.Name} is not mounted.");

    private static string StreamOf(Execution execution, long edbId) => EdbFiles.Get(execution, edbId).LogStream;
}
