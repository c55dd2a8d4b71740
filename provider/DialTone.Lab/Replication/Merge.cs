using DialTone.Lab.Store;

namespace DialTone.Lab.Replication;

/// <summary>An item in a store mailbox of a file (<see cref="Copy"/> &gt; 0: a second copy of the same item).</summary>
public sealed record Placement(long Edb, Guid Mailbox, long ItemId, int Copy);

/// <summary>What copying one source item does to the target: add a placement, and perhaps replace one.</summary>
public sealed record MergeStep(Guid Request, Placement Add, Placement? Replaces);

/// <summary>
/// Merge semantics by item identity [S10 DOC; identity-based conflicts INF]. A normal item the target already holds
/// (same identity) is a conflict: KeepSourceItem, KeepLatestItem, KeepTargetItem and UpdateFromSource leave one copy
/// (the content is the same item), KeepAll and ForceCopy add a second copy. Associated items (rules, views, forms) go
/// by AssociatedMessagesCopyOption: Copy always adds one (duplicating what is there), MapByMessageClass overwrites the
/// target's associated item of the same class and folder, DoNotCopy leaves them out (they are not in the request).
/// </summary>
internal static class Merge
{
    public static MergeStep? Decide(Execution execution, RestoreRequest request, long itemId, long targetEdb, Guid targetMailbox,
        IReadOnlyCollection<Placement> added, IReadOnlyCollection<Placement> removed)
    {
        var sql = execution.Sql;
        var copies = sql.Query("SELECT copy FROM items WHERE edb_id = $e AND mailbox_guid = $m AND item_id = $i",
                r => (int)r.Long(0), new Arg("$e", targetEdb), new Arg("$m", targetMailbox), new Arg("$i", itemId))
            .Where(c => !removed.Contains(new Placement(targetEdb, targetMailbox, itemId, c)))
            .Concat(added.Where(p => p.Edb == targetEdb && p.Mailbox == targetMailbox && p.ItemId == itemId).Select(p => p.Copy))
            .ToList();
        var associated = sql.Scalar<long>("SELECT associated FROM ledger WHERE item_id = $i", new Arg("$i", itemId)) != 0;
        var nextCopy = copies.Count == 0 ? 0 : copies.Max() + 1;
        if (associated)
        {
            if (request.AssociatedMessagesCopyOption == "MapByMessageClass" && SameClass(execution, itemId, targetEdb, targetMailbox, added, removed) is { } mapped)
            {
                return new MergeStep(request.Guid, new Placement(targetEdb, targetMailbox, itemId, nextCopy), mapped);
            }
            return new MergeStep(request.Guid, new Placement(targetEdb, targetMailbox, itemId, nextCopy), null);
        }
        if (copies.Count == 0 || request.ConflictResolutionOption is "KeepAll" or "ForceCopy")
        {
            return new MergeStep(request.Guid, new Placement(targetEdb, targetMailbox, itemId, nextCopy), null);
        }
        return null;
    }

    /// <summary>Writes a step into the target: the MRS logs on to the target (creating its store mailbox) and copies.</summary>
    public static void Apply(Execution execution, MergeStep step, string detail)
    {
        var sql = execution.Sql;
        if (step.Replaces is { } old)
        {
            sql.Run("DELETE FROM items WHERE edb_id = $e AND mailbox_guid = $m AND item_id = $i AND copy = $c",
                new Arg("$e", old.Edb), new Arg("$m", old.Mailbox), new Arg("$i", old.ItemId), new Arg("$c", old.Copy));
        }
        Mail.StoreWriter.Place(execution, step.Add.Edb, step.Add.Mailbox, step.Add.ItemId, step.Add.Copy);
        Integrity.Ledger.Record(execution, step.Add.ItemId, Integrity.Ledger.Copied, detail);
    }

    private static Placement? SameClass(Execution execution, long itemId, long targetEdb, Guid targetMailbox,
        IReadOnlyCollection<Placement> added, IReadOnlyCollection<Placement> removed)
    {
        var candidates = execution.Sql.Query(
            "SELECT i.item_id, i.copy FROM items i JOIN ledger l ON l.item_id = i.item_id " +
            "JOIN ledger s ON s.item_id = $item AND s.folder = l.folder AND s.message_class = l.message_class " +
            "WHERE i.edb_id = $e AND i.mailbox_guid = $m AND l.associated = 1",
            r => new Placement(targetEdb, targetMailbox, r.Long(0), (int)r.Long(1)),
            new Arg("$item", itemId), new Arg("$e", targetEdb), new Arg("$m", targetMailbox));
        return candidates.FirstOrDefault(c => !removed.Contains(c) && c.ItemId != itemId);
    }
}
