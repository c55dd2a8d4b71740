using DialTone.Lab.Store;

namespace DialTone.Lab.Mail;

/// <summary>A message transport holds because no mailbox can take it yet.</summary>
public sealed record QueuedMessage(long ItemId, Guid Recipient, DateTimeOffset Queued, string Reason);

/// <summary>Mail accepted by transport and waiting for its recipient's database. Nothing leaves it but by delivery.</summary>
public static class TransportQueue
{
    public static IReadOnlyList<QueuedMessage> All(Execution execution) =>
        execution.Sql.Query("SELECT item_id, recipient_guid, queued_at, reason FROM queue ORDER BY item_id",
            r => new QueuedMessage(r.Long(0), r.Guid(1), r.Time(2), r.Text(3)));

    internal static IReadOnlyList<QueuedMessage> For(Execution execution, Guid recipient) =>
        execution.Sql.Query("SELECT item_id, recipient_guid, queued_at, reason FROM queue WHERE recipient_guid = $r ORDER BY item_id",
            r => new QueuedMessage(r.Long(0), r.Guid(1), r.Time(2), r.Text(3)), new Arg("$r", recipient));

    internal static void Enqueue(Execution execution, long itemId, Guid recipient, string reason)
    {
        execution.EnsureWritable();
        execution.Sql.Run("INSERT INTO queue(item_id, recipient_guid, queued_at, reason) VALUES ($item, $r, $now, $reason)",
            new Arg("$item", itemId), new Arg("$r", recipient), new Arg("$now", execution.NowMs), new Arg("$reason", reason));
    }

    internal static void Remove(Execution execution, long itemId)
    {
        execution.EnsureWritable();
        execution.Sql.Run("DELETE FROM queue WHERE item_id = $item", new Arg("$item", itemId));
    }
}
