using DialTone.Lab.Disks;
using DialTone.Lab.Organization;
using DialTone.Lab.Store;

namespace DialTone.Lab.Mail;

/// <summary>Writes items into the EDB a mounted database has open, logging each write to its transaction log.</summary>
internal static class StoreWriter
{
    /// <summary>Puts an item into a store mailbox of a file, without logging (seeding, replay, copies).</summary>
    public static void Place(Execution execution, long edbId, Guid mailbox, long itemId, int copy = 0)
    {
        execution.EnsureWritable();
        execution.Sql.Run("INSERT INTO items(edb_id, mailbox_guid, item_id, copy) VALUES ($edb, $mbx, $item, $copy)",
            new Arg("$edb", edbId), new Arg("$mbx", mailbox), new Arg("$item", itemId), new Arg("$copy", copy));
    }

    public static void Write(Execution execution, MailboxDatabase database, Mailbox mailbox, long itemId, long size)
    {
        execution.EnsureWritable();
        var edbId = database.MountedEdb ?? throw new InvalidOperationException($"{database.Name} is not mounted.");
        StoreMailboxes.Ensure(execution, edbId, mailbox);
        Place(execution, edbId, mailbox.ExchangeGuid, itemId);
        LogStreams.Append(execution, database, EdbFiles.Get(execution, edbId).LogStream, mailbox.ExchangeGuid, itemId, size);
    }
}
