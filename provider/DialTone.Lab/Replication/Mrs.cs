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
        if (!requests.Any(r => !RequestStatus.IsFinished(r.Status)))
        {
            return new MrsProgress(requests, []);
        }
        var from = RecordedUpTo(execution);
        var items = new Dictionary<Guid, IReadOnlyList<RequestItem>>();
        var reachable = Reachability(execution);
        return MrsSchedule.Advance(requests, g => items.TryGetValue(g, out var list) ? list : items[g] = RestoreRequestBook.Items(execution, g),
            reachable, Rate(execution), from, execution.Now);
    }

    /// <summary>The copies the MRS has made into a file since they were last recorded, in the order it made them.</summary>
    public static IReadOnlyList<MergeStep> PendingSteps(Execution execution, long? intoEdb = null) =>
        RestoreRequestBook.AnyUnfinishedInto(execution, intoEdb) ? Steps(execution, Progress(execution)).Steps : [];

    /// <summary>
    /// Records the MRS's work up to now: its copies into the targets, and each request's progress. When the clock has
    /// not moved since the last record, no item can have been copied, and nothing needs recording.
    /// </summary>
    internal static void CatchUp(Execution execution)
    {
        if (!RestoreRequestBook.AnyUnfinished(execution) || RecordedUpTo(execution) == execution.Now)
        {
            return;
        }
        var recorded = RestoreRequestBook.All(execution);
        var progress = Advance(execution, recorded);
        var (steps, details) = Steps(execution, progress);
        for (var i = 0; i < steps.Count; i++)
        {
            EnsureStoreMailbox(execution, steps[i]);
            Merge.Apply(execution, steps[i], details[i]);
        }
        var before = recorded.ToDictionary(r => r.Guid);
        foreach (var request in progress.Requests.Where(r => r != before[r.Guid]))
        {
            RestoreRequestBook.Update(execution, request);
        }
        Settings.Set(execution.Sql, MaterializedAt, execution.NowMs);
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

    private static (List<MergeStep> Steps, List<string> Details) Steps(Execution execution, MrsProgress progress)
    {
        var steps = new List<MergeStep>();
        var details = new List<string>();
        var added = new HashSet<Placement>();
        var removed = new HashSet<Placement>();
        var byGuid = progress.Requests.ToDictionary(r => r.Guid);
        var items = new Dictionary<Guid, List<RequestItem>>();
        var targets = new Dictionary<Guid, (long Edb, Guid Mailbox)>();
        foreach (var done in progress.Items.OrderBy(i => i.At))
        {
            var request = byGuid[done.Request];
            var item = (items.TryGetValue(request.Guid, out var list) ? list : items[request.Guid] = RestoreRequestBook.Items(execution, request.Guid))[done.Seq];
            if (!targets.TryGetValue(request.Guid, out var target))
            {
                var mailbox = MailboxDirectory.ByGuid(execution, request.Target)!;
                targets[request.Guid] = target = (DatabaseDirectory.ByGuid(execution, mailbox.Database)!.MountedEdb!.Value, mailbox.ExchangeGuid);
            }
            if (item.Bad || item.Large || Merge.Decide(execution, request, item.ItemId, target.Edb, target.Mailbox, added, removed) is not { } step)
            {
                continue;
            }
            added.Add(step.Add);
            if (step.Replaces is { } old)
            {
                removed.Add(old);
            }
            steps.Add(step);
            details.Add($@"copied by restore request {request.Identity} at {done.At:u}");
        }
        return (steps, details);
    }

    private static void EnsureStoreMailbox(Execution execution, MergeStep step)
    {
        if (MailboxDirectory.ByExchangeGuid(execution, step.Add.Mailbox) is { } mailbox)
        {
            StoreMailboxes.Ensure(execution, step.Add.Edb, mailbox);
        }
    }
}
