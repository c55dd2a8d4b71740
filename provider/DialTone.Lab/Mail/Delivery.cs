using DialTone.Lab.Integrity;
using DialTone.Lab.Organization;
using DialTone.Lab.Store;

namespace DialTone.Lab.Mail;

/// <summary>How a sent message ended: in a mailbox database, or in the transport queue and why.</summary>
public sealed record DeliveryOutcome(long ItemId, string Recipient, string? Database, string? QueuedBecause)
{
    public bool Delivered => Database is not null;
}

/// <summary>
/// Mail delivery. A message lands only in a mounted, non-recovery home database on a live server; otherwise it waits
/// in the queue and is delivered as soon as the mailbox can take it again. Mail is never dropped.
/// </summary>
public static class Delivery
{
    /// <summary>Sends one message to a mailbox.</summary>
    public static DeliveryOutcome Send(Execution execution, Mailbox recipient, string subject, long size)
    {
        var itemId = Ledger.Add(execution, recipient.ExchangeGuid, ItemKind.Received, subject, size, LedgerItem.Sent);
        return Route(execution, recipient, itemId, size);
    }

    /// <summary>Why a mailbox cannot take mail now; null when it can, with the database that takes it.</summary>
    public static string? WhyUndeliverable(Execution execution, Mailbox mailbox, out MailboxDatabase? home)
    {
        home = DatabaseDirectory.ByGuid(execution, mailbox.Database);
        if (home is null)
        {
            return $"the home database of {mailbox.Alias} no longer exists";
        }
        if (home.IsRecovery)
        {
            return $"{home.Name} is a recovery database";
        }
        // A failed server's databases are dismounted too: the server is the cause to name.
        var server = ServerDirectory.Find(execution, home.Server);
        if (!server.IsUp)
        {
            return $"server {server.Name} is down";
        }
        return home.Mounted ? null : $"{home.Name} is not mounted";
    }

    /// <summary>Delivers what waits for the mailboxes homed on a database that has just become able to take mail.</summary>
    internal static void DeliverQueued(Execution execution, MailboxDatabase database)
    {
        var waiting = execution.Sql.Query(
            "SELECT q.recipient_guid FROM queue q JOIN mailboxes m ON m.guid = q.recipient_guid " +
            "WHERE m.database_guid = $db GROUP BY q.recipient_guid", r => r.Guid(0), new Arg("$db", database.Guid));
        foreach (var recipient in waiting)
        {
            if (MailboxDirectory.ByGuid(execution, recipient) is { } mailbox)
            {
                DeliverQueued(execution, mailbox);
            }
        }
    }

    /// <summary>Delivers what waits for one mailbox, when its home can take mail now.</summary>
    internal static void DeliverQueued(Execution execution, Mailbox mailbox)
    {
        var waiting = TransportQueue.For(execution, mailbox.Guid);
        if (waiting.Count == 0 || WhyUndeliverable(execution, mailbox, out var home) is not null)
        {
            return;
        }
        foreach (var message in waiting)
        {
            TransportQueue.Remove(execution, message.ItemId);
            var item = Ledger.Find(execution, message.ItemId)!;
            StoreWriter.Write(execution, home!, mailbox, item.Id, item.Size);
            Ledger.Record(execution, item.Id, Ledger.Delivered, home!.Name);
        }
    }

    private static DeliveryOutcome Route(Execution execution, Mailbox recipient, long itemId, long size)
    {
        if (WhyUndeliverable(execution, recipient, out var home) is { } reason)
        {
            TransportQueue.Enqueue(execution, itemId, recipient.Guid, reason);
            Ledger.Record(execution, itemId, Ledger.Queued, reason);
            return new DeliveryOutcome(itemId, recipient.Alias, null, reason);
        }
        StoreWriter.Write(execution, home!, recipient, itemId, size);
        Ledger.Record(execution, itemId, Ledger.Delivered, home!.Name);
        return new DeliveryOutcome(itemId, recipient.Alias, home.Name, null);
    }
}
