using DialTone.Lab.Store;
using Microsoft.Data.Sqlite;

namespace DialTone.Lab.Replication;

/// <summary>
/// One item a request copies, as enumerated when the request was made: its place in the request's order and whether
/// it is larger than the target may receive. Whether it is still in the source, and intact, is read when the MRS gets
/// there.
/// </summary>
public sealed record RequestItem(int Seq, long ItemId, bool Large);

/// <summary>The restore requests as recorded in the lab (the RequestQueue databases' state, kept in one table).</summary>
internal static class RestoreRequestBook
{
    private const string Columns =
        "guid, name, target_guid, target_alias, request_queue, source_database, source_mailbox, batch_name, bad_item_limit, " +
        "large_item_limit, accept_large_data_loss, allow_legacy_dn_mismatch, conflict_option, associated_option, priority, " +
        "suspend, suspend_comment, status, queued_at, started_at, anchor_at, finished_at, suspended_at, last_update, " +
        "processed, transferred, bad_items, large_items, total_items, total_bytes, failure, created_seq";

    public static List<RestoreRequest> All(Execution execution) =>
        execution.Sql.Query($"SELECT {Columns} FROM restore_requests ORDER BY created_seq", Map);

    /// <summary>The recorded requests an identity names: a RequestGuid, <c>alias\name</c>, or a name alone.</summary>
    public static List<RestoreRequest> Named(Execution execution, string identity)
    {
        if (Guid.TryParse(identity, out var guid))
        {
            return execution.Sql.Query($"SELECT {Columns} FROM restore_requests WHERE guid = $g", Map, new Arg("$g", guid));
        }
        var slash = identity.IndexOf('\\');
        return slash < 0
            ? execution.Sql.Query($"SELECT {Columns} FROM restore_requests WHERE name = $n COLLATE NOCASE", Map, new Arg("$n", identity))
            : execution.Sql.Query($"SELECT {Columns} FROM restore_requests WHERE target_alias = $a COLLATE NOCASE AND name = $n COLLATE NOCASE",
                Map, new Arg("$a", identity[..slash]), new Arg("$n", identity[(slash + 1)..]));
    }

    public static List<string> NamesFor(Execution execution, Guid target) =>
        execution.Sql.Query("SELECT name FROM restore_requests WHERE target_guid = $t", r => r.Text(0), new Arg("$t", target));

    /// <summary>Whether any unfinished request copies into the given file (its target's home database has it open).</summary>
    public static bool AnyUnfinishedInto(Execution execution, long? edb) => edb is null
        ? AnyUnfinished(execution)
        : execution.Sql.Scalar<long>(
            "SELECT COUNT(*) FROM (SELECT 1 FROM restore_requests r JOIN mailboxes m ON m.guid = r.target_guid " +
            "JOIN databases d ON d.guid = m.database_guid WHERE d.mounted_edb = $edb " +
            "AND r.status NOT IN ('Completed', 'CompletedWithWarning', 'Failed') LIMIT 1)", new Arg("$edb", edb)) > 0;

    public static bool Any(Execution execution) =>
        execution.Sql.Scalar<long>("SELECT EXISTS (SELECT 1 FROM restore_requests)") != 0;

    /// <summary>Removes the completed requests older than <see cref="RestoreRequest.CompletedRequestAgeLimit"/>.</summary>
    public static void DeleteExpired(Execution execution)
    {
        execution.EnsureWritable();
        var before = (execution.Now - RestoreRequest.CompletedRequestAgeLimit).ToUnixTimeMilliseconds();
        foreach (var expired in execution.Sql.Query(
                     "SELECT guid FROM restore_requests WHERE status IN ('Completed', 'CompletedWithWarning') AND finished_at < $before",
                     r => r.Guid(0), new Arg("$before", before)))
        {
            Delete(execution, expired);
        }
    }

    public static bool AnyUnfinished(Execution execution) =>
        execution.Sql.Scalar<long>("SELECT COUNT(*) FROM (SELECT 1 FROM restore_requests WHERE status NOT IN " +
                                   "('Completed', 'CompletedWithWarning', 'Failed') LIMIT 1)") > 0;

    public static List<RequestItem> Items(Execution execution, Guid request) =>
        execution.Sql.Query("SELECT seq, item_id, large FROM restore_request_items WHERE request_guid = $g ORDER BY seq",
            r => new RequestItem((int)r.Long(0), r.Long(1), r.Flag(2)), new Arg("$g", request));

    public static void Insert(Execution execution, RestoreRequest request, IEnumerable<RequestItem> items)
    {
        execution.EnsureWritable();
        execution.Sql.Run($"INSERT INTO restore_requests({Columns}) VALUES ({string.Join(", ", Names())})", Args(request));
        foreach (var item in items)
        {
            execution.Sql.Run("INSERT INTO restore_request_items(request_guid, seq, item_id, large) VALUES ($g, $s, $i, $l)",
                new Arg("$g", request.Guid), new Arg("$s", item.Seq), new Arg("$i", item.ItemId), new Arg("$l", item.Large));
        }
    }

    public static void Update(Execution execution, RestoreRequest request)
    {
        execution.EnsureWritable();
        var assignments = string.Join(", ", Columns.Split(", ").Zip(Names()).Skip(1).Select(p => $"{p.First} = {p.Second}"));
        execution.Sql.Run($"UPDATE restore_requests SET {assignments} WHERE guid = $p0", Args(request));
    }

    public static void Delete(Execution execution, Guid request)
    {
        execution.EnsureWritable();
        execution.Sql.Run("DELETE FROM restore_request_items WHERE request_guid = $g", new Arg("$g", request));
        execution.Sql.Run("DELETE FROM restore_requests WHERE guid = $g", new Arg("$g", request));
    }

    private static IEnumerable<string> Names() => Enumerable.Range(0, 32).Select(i => $"$p{i}");

    private static Arg[] Args(RestoreRequest r)
    {
        object?[] values =
        [
            r.Guid, r.Name, r.Target, r.TargetAlias, r.RequestQueue, r.SourceDatabase, r.SourceMailbox, r.BatchName,
            r.BadItemLimit, r.LargeItemLimit, r.AcceptLargeDataLoss, r.AllowLegacyDNMismatch, r.ConflictResolutionOption,
            r.AssociatedMessagesCopyOption, r.Priority, r.Suspend, r.SuspendComment, r.Status, r.Queued, r.Started,
            r.Anchor, r.Finished, r.Suspended, r.LastUpdate, r.Processed, r.Transferred, r.BadItems, r.LargeItems,
            r.TotalItems, r.TotalBytes, r.Failure, r.CreatedSeq,
        ];
        return values.Select((value, i) => new Arg($"$p{i}", value)).ToArray();
    }

    private static RestoreRequest Map(SqliteDataReader r) =>
        new(r.Guid(0), r.Text(1), r.Guid(2), r.Text(3), r.Guid(4), r.Guid(5), r.Guid(6), r.Text(7),
            (int?)r.LongOrNull(8), (int?)r.LongOrNull(9), r.Flag(10), r.Flag(11), Enum.Parse<ConflictResolutionOption>(r.Text(12)),
            Enum.Parse<AssociatedMessagesCopyOption>(r.Text(13)), Enum.Parse<RequestPriority>(r.Text(14)),
            r.Flag(15), r.Text(16), Enum.Parse<RequestStatus>(r.Text(17)), r.Time(18), r.TimeOrNull(19), r.TimeOrNull(20), r.TimeOrNull(21),
            r.TimeOrNull(22), r.Time(23), (int)r.Long(24), (int)r.Long(25), (int)r.Long(26), (int)r.Long(27),
            (int)r.Long(28), r.Long(29), r.Text(30), r.Long(31));
}
