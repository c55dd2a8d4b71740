using DialTone.Lab.Mail;
using DialTone.Lab.Organization;
using DialTone.Lab.Store;

namespace DialTone.Lab.Replication;

/// <summary>
/// The Mailbox Replication Service's background work. Reads see it through <see cref="Progress"/> and
/// <see cref="PendingSteps"/> (computed from the clock, never written); every command that changes the lab first
/// records it with <see cref="CatchUp"/>, inside its own transaction, so the lab's state and the clock agree.
/// </summary>
public static class Mrs
{
    private const string MaterializedAt = "mrs_at";

    /// <summary>The requests as they are now.</summary>
    public static MrsProgress Progress(Execution execution) => Advance(execution, RestoreRequestBook.All(execution));

    private static MrsProgress Advance(Execution execution, List<RestoreRequest> requests)
    {
        if (!requests.Any(r => !r.Status.IsFinished()))
        {
            return new MrsProgress(requests, []);
        }
        var items = new Dictionary<Guid, IReadOnlyList<RequestItem>>();
        var sources = new Dictionary<Guid, IReadOnlyDictionary<long, bool>?>();
        var world = new MrsWorld(
            g => items.TryGetValue(g, out var list) ? list : items[g] = RestoreRequestBook.Items(execution, g),
            Reachability(execution),
            r => sources.TryGetValue(r.Guid, out var source) ? source : sources[r.Guid] = SourceOf(execution, r));
        return MrsSchedule.Advance(requests, world, Rate(execution), RecordedUpTo(execution), execution.Now);
    }

    /// <summary>The copies the MRS has made into a file since they were last recorded, in the order it made them.</summary>
    public static IReadOnlyList<MergeStep> PendingSteps(Execution execution, long? intoEdb = null) =>
        RestoreRequestBook.AnyUnfinishedInto(execution, intoEdb) ? Steps(execution, Progress(execution)) : [];

    /// <summary>
    /// Records the MRS's work up to now: its copies into the targets, each request's progress, and the removal of
    /// completed requests past their age limit. When the clock has not moved since the last record, no item can have
    /// been copied, and no progress needs recording.
    /// </summary>
    internal static void CatchUp(Execution execution)
    {
        if (!RestoreRequestBook.Any(execution))
        {
            return;
        }
        if (RestoreRequestBook.AnyUnfinished(execution) && RecordedUpTo(execution) != execution.Now)
        {
            var recorded = RestoreRequestBook.All(execution);
            var progress = Advance(execution, recorded);
            foreach (var step in Steps(execution, progress))
            {
                Merge.Apply(execution, step);
            }
            var before = recorded.ToDictionary(r => r.Guid);
            foreach (var request in progress.Requests.Where(r => r != before[r.Guid]))
            {
                RestoreRequestBook.Update(execution, request);
            }
            Settings.Set(execution.Sql, MaterializedAt, execution.NowMs);
        }
        RestoreRequestBook.DeleteExpired(execution);
    }

    /// <summary>The instant up to which the MRS's work is recorded; a request queued later starts no earlier than its queue time.</summary>
    private static DateTimeOffset RecordedUpTo(Execution execution) =>
        Settings.Get(execution.Sql, MaterializedAt) is { } at
            ? DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(at, System.Globalization.CultureInfo.InvariantCulture))
            : DateTimeOffset.MinValue;

    /// <summary>Items per second one request copies (the lab's rate, set by init --mrs-rate).</summary>
    public static double Rate(Execution execution) =>
        double.Parse(Settings.Get(execution.Sql, Settings.MrsRate) ?? "50", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A request progresses only while its source and its target's home database are mounted on live servers. Read
    /// once per computation (two queries), because thousands of requests ask.
    /// </summary>
    private static Func<RestoreRequest, bool> Reachability(Execution execution)
    {
        var online = execution.Sql.Query(
            "SELECT d.guid FROM databases d JOIN servers s ON s.name = d.server WHERE d.mounted_edb IS NOT NULL AND s.is_up = 1",
            r => r.Guid(0)).ToHashSet();
        var homes = execution.Sql.Query(
            "SELECT guid, database_guid FROM mailboxes WHERE guid IN (SELECT target_guid FROM restore_requests)",
            r => (Mailbox: r.Guid(0), Database: r.Guid(1))).ToDictionary(h => h.Mailbox, h => h.Database);
        return request => online.Contains(request.SourceDatabase)
                          && homes.TryGetValue(request.Target, out var home) && online.Contains(home);
    }

    /// <summary>
    /// What the request's source store mailbox holds now in the file its source database has mounted (item → corrupt),
    /// or null when the file holds no such store mailbox. Asked only while the source is reachable, so mounted.
    /// </summary>
    private static IReadOnlyDictionary<long, bool>? SourceOf(Execution execution, RestoreRequest request)
    {
        var edb = DatabaseDirectory.ByGuid(execution, request.SourceDatabase)!.MountedEdb!.Value;
        if (!StoreMailboxes.Exists(execution, edb, request.SourceMailbox))
        {
            return null;
        }
        return execution.Sql.Query("SELECT item_id, MAX(bad) FROM items WHERE edb_id = $e AND mailbox_guid = $m GROUP BY item_id",
                r => (Item: r.Long(0), Bad: r.Flag(1)), new Arg("$e", edb), new Arg("$m", request.SourceMailbox))
            .ToDictionary(i => i.Item, i => i.Bad);
    }

    private static List<MergeStep> Steps(Execution execution, MrsProgress progress)
    {
        var steps = new List<MergeStep>();
        var added = new HashSet<Placement>();
        var removed = new HashSet<Placement>();
        var byGuid = progress.Requests.ToDictionary(r => r.Guid);
        var items = new Dictionary<Guid, List<RequestItem>>();
        var targets = new Dictionary<Guid, (MailboxDatabase Database, Guid Mailbox)>();
        foreach (var done in progress.Items.Where(i => i.Copied).OrderBy(i => i.At))
        {
            var request = byGuid[done.Request];
            var item = (items.TryGetValue(request.Guid, out var list) ? list : items[request.Guid] = RestoreRequestBook.Items(execution, request.Guid))[done.Seq];
            if (!targets.TryGetValue(request.Guid, out var target))
            {
                var mailbox = MailboxDirectory.ByGuid(execution, request.Target)!;
                targets[request.Guid] = target = (DatabaseDirectory.ByGuid(execution, mailbox.Database)!, mailbox.ExchangeGuid);
            }
            if (Merge.Decide(execution, request, item.ItemId, target.Database, target.Mailbox, added, removed) is not { } step)
            {
                continue;
            }
            added.Add(step.Add);
            if (step.Replaces is { } old)
            {
                removed.Add(old);
            }
            steps.Add(step with { Detail = $"copied by restore request {request.Identity} at {done.At:u}" });
        }
        return steps;
    }
}
