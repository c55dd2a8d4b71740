using DialTone.Lab.Integrity;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;
using DialTone.Lab.Store;

namespace DialTone.Lab.Replication;

/// <summary>An item in a store mailbox of a file (<see cref="Copy"/> &gt; 0: a second copy of the same item).</summary>
public sealed record Placement(long Edb, Guid Mailbox, long ItemId, int Copy);

/// <summary>What copying one source item does to the target database: add a placement, and perhaps replace one.</summary>
public sealed record MergeStep(Guid Request, MailboxDatabase Target, Placement Add, Placement? Replaces, string Detail = "");

/// <summary>
/// Merge semantics by item identity [S10 DOC; identity-based conflicts INF]. A normal item the target already holds
/// (same identity) is a conflict: KeepSourceItem, KeepLatestItem, KeepTargetItem and UpdateFromSource leave one copy
/// (the content is the same item), KeepAll and ForceCopy add a second copy. Associated items (rules, views, forms) go
/// by AssociatedMessagesCopyOption: Copy always adds one, duplicating what is there, even the same item copied by an
/// earlier request [fact sheet §1.6: "FAI items may be duplicated"]; MapByMessageClass overwrites the target's
/// associated item of the same class and folder, and leaves an item the target already holds alone; DoNotCopy leaves
/// them out (they are not in the request).
/// </summary>
internal static class Merge
{
    public static MergeStep? Decide(Execution execution, RestoreRequest request, long itemId, MailboxDatabase target, Guid targetMailbox,
        IReadOnlyCollection<Placement> added, IReadOnlyCollection<Placement> removed)
    {
        var edb = target.MountedEdb!.Value;
        var copies = execution.Sql.Query("SELECT copy FROM items WHERE edb_id = $e AND mailbox_guid = $m AND item_id = $i",
                r => (int)r.Long(0), new Arg("$e", edb), new Arg("$m", targetMailbox), new Arg("$i", itemId))
            .Where(c => !removed.Contains(new Placement(edb, targetMailbox, itemId, c)))
            .Concat(added.Where(p => p.Edb == edb && p.Mailbox == targetMailbox && p.ItemId == itemId).Select(p => p.Copy))
            .ToList();
        var add = new Placement(edb, targetMailbox, itemId, copies.Count == 0 ? 0 : copies.Max() + 1);
        var associated = execution.Sql.Scalar<long>("SELECT associated FROM ledger WHERE item_id = $i", new Arg("$i", itemId)) != 0;
        if (associated && request.AssociatedMessagesCopyOption == AssociatedMessagesCopyOption.MapByMessageClass)
        {
            return copies.Count > 0 ? null : new MergeStep(request.Guid, target, add, SameClass(execution, itemId, edb, targetMailbox, removed));
        }
        return associated || copies.Count == 0 || request.ConflictResolutionOption is ConflictResolutionOption.KeepAll or ConflictResolutionOption.ForceCopy
            ? new MergeStep(request.Guid, target, add, null)
            : null;
    }

    /// <summary>
    /// Writes a step into the target database, as the MRS does through the Information Store: it logs on to the target
    /// (creating its store mailbox), copies the item and removes the one it replaces, each written to the database's
    /// transaction log; the ledger records both.
    /// </summary>
    public static void Apply(Execution execution, MergeStep step)
    {
        if (MailboxDirectory.ByExchangeGuid(execution, step.Add.Mailbox) is { } mailbox)
        {
            StoreMailboxes.Ensure(execution, step.Add.Edb, mailbox);
        }
        if (step.Replaces is { } old)
        {
            StoreWriter.Remove(execution, step.Target, old.Mailbox, old.ItemId, old.Copy);
            Ledger.Record(execution, old.ItemId, Ledger.Replaced, $"{step.Detail}, by item {step.Add.ItemId}");
        }
        StoreWriter.Copy(execution, step.Target, step.Add.Mailbox, step.Add.ItemId, step.Add.Copy);
        Ledger.Record(execution, step.Add.ItemId, Ledger.Copied, step.Detail);
    }

    private static Placement? SameClass(Execution execution, long itemId, long targetEdb, Guid targetMailbox,
        IReadOnlyCollection<Placement> removed)
    {
        var candidates = execution.Sql.Query(
            "SELECT i.item_id, i.copy FROM items i JOIN ledger l ON l.item_id = i.item_id " +
            "JOIN ledger s ON s.item_id = $item AND s.folder = l.folder AND s.message_class = l.message_class " +
            "WHERE i.edb_id = $e AND i.mailbox_guid = $m AND l.associated = 1",
            r => new Placement(targetEdb, targetMailbox, r.Long(0), (int)r.Long(1)),
            new Arg("$item", itemId), new Arg("$e", targetEdb), new Arg("$m", targetMailbox));
        return candidates.FirstOrDefault(c => !removed.Contains(c));
    }
}
