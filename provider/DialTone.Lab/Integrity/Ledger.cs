using DialTone.Lab.Mail;
using DialTone.Lab.Store;
using Microsoft.Data.Sqlite;

namespace DialTone.Lab.Integrity;

/// <summary>
/// The integrity ledger: every item ever delivered or present, and what happened to it afterwards. It is the lab's
/// own book, outside Exchange's state, so that <c>verify</c> can prove nothing was lost or duplicated.
/// </summary>
public static class Ledger
{
    public const string Queued = "Queued";
    public const string Delivered = "Delivered";
    public const string Replayed = "Replayed";
    public const string Copied = "Copied";

    /// <summary>Overwritten by a restore request's copy (AssociatedMessagesCopyOption MapByMessageClass): gone on purpose.</summary>
    public const string Replaced = "Replaced";

    /// <summary>Enters a new item; returns its identity.</summary>
    internal static long Add(Execution execution, Guid owner, ItemKind kind, string subject, long size, string origin,
        DateTimeOffset? received = null)
    {
        execution.EnsureWritable();
        return execution.Sql.Scalar<long>(
            "INSERT INTO ledger(owner_guid, folder, associated, message_class, subject, size, received_at, origin) " +
            "VALUES ($owner, $folder, $assoc, $class, $subject, $size, $at, $origin) RETURNING item_id",
            new Arg("$owner", owner), new Arg("$folder", kind.Folder), new Arg("$assoc", kind.Associated),
            new Arg("$class", kind.MessageClass), new Arg("$subject", subject), new Arg("$size", size),
            new Arg("$at", received ?? execution.Now), new Arg("$origin", origin));
    }

    internal static void Record(Execution execution, long item, string @event, string detail)
    {
        execution.EnsureWritable();
        execution.Sql.Run("INSERT INTO ledger_events(item_id, at, event, detail) VALUES ($item, $at, $event, $detail)",
            new Arg("$item", item), new Arg("$at", execution.NowMs), new Arg("$event", @event), new Arg("$detail", detail));
    }

    public static LedgerItem? Find(Execution execution, long item) =>
        execution.Sql.One("SELECT item_id, owner_guid, folder, associated, message_class, subject, size, received_at, origin " +
                          "FROM ledger WHERE item_id = $id", Map, new Arg("$id", item));

    public static long Count(Execution execution) => execution.Sql.Scalar<long>("SELECT COUNT(*) FROM ledger");

    /// <summary>What happened to an item after it entered the ledger, oldest first.</summary>
    public static IReadOnlyList<(DateTimeOffset At, string Event, string Detail)> History(Execution execution, long item) =>
        execution.Sql.Query("SELECT at, event, detail FROM ledger_events WHERE item_id = $id ORDER BY seq",
            r => (r.Time(0), r.Text(1), r.Text(2)), new Arg("$id", item));

    internal static LedgerItem Map(SqliteDataReader r) =>
        new(r.Long(0), r.Guid(1), r.Text(2), r.Flag(3), r.Text(4), r.Text(5), r.Long(6), r.Time(7), r.Text(8));
}
