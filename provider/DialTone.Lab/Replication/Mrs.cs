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
    public static MrsProgress Progress(Execution execution)
    {
        var requests = RestoreRequestBook.All(execution);
        if (!requests.Any(r => !RequestStatus.IsFinished(r.Status)))
        {
            return new MrsProgress(requests, []);
        }
        // Recorded up to the last catch-up; a request queued after it starts no earlier than its own queue time.
        var from = Settings.Get(execution.Sql, MaterializedAt) is { } at
            ? DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(at, System.Globalization.CultureInfo.InvariantCulture))
            : DateTimeOffset.MinValue;
        var items = new Dictionary<Guid, IReadOnlyList<RequestItem>>();
        return MrsSchedule.Advance(requests, g => items.TryGetValue(g, out var list) ? list : items[g] = RestoreRequestBook.Items(execution, g),
            r => Reachable(execution, r), Rate(execution), from, execution.Now);
    }

    /// <summary>The copies the MRS has made since they were last recorded, in the order it made them.</summary>
    public static IReadOnlyList<MergeStep> PendingSteps(Execution execution) =>
        RestoreRequestBook.AnyUnfinished(execution) ? Steps(execution, Progress(execution)).Steps : [];

    /// <summary>Records the MRS's work up to now: its copies into the targets, and each request's progress.</summary>
    internal static void CatchUp(Execution execution)
    {
        if (!RestoreRequestBook.AnyUnfinished(execution))
        {
            return;
        }
        var progress = Progress(execution);
        var (steps, details) = Steps(execution, progress);
        for (var i = 0; i < steps.Count; i++)
        {
            EnsureStoreMailbox(execution, steps[i]);
            Merge.Apply(execution, steps[i], details[i]);
        }
        foreach (var request in progress.Requests)
        {
            RestoreRequestBook.Update(execution, request);
        }
        Settings.Set(execution.Sql, MaterializedAt, execution.NowMs);
    }

    /// <summary>Items per second one request copies (the lab's rate, set by init --mrs-rate).</summary>
    public static double Rate(Execution execution) =>
        double.Parse(Settings.Get(execution.Sql, Settings.MrsRate) ?? "50", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A request progresses only while its source and its target database are mounted on live servers.</summary>
    internal static bool Reachable(Execution execution, RestoreRequest request) =>
        Online(execution, DatabaseDirectory.ByGuid(execution, request.SourceDatabase))
        && MailboxDirectory.ByGuid(execution, request.Target) is { } target
        && Online(execution, DatabaseDirectory.ByGuid(execution, target.Database));

    private static bool Online(Execution execution, MailboxDatabase? database) =>
        database is { Mounted: true } && ServerDirectory.Find(execution, database.Server).IsUp;

    private static (List<MergeStep> Steps, List<string> Details) Steps(Execution execution, MrsProgress progress)
    {
        var steps = new List<MergeStep>();
        var details = new List<string>();
        var added = new HashSet<Placement>();
        var removed = new HashSet<Placement>();
        var byGuid = progress.Requests.ToDictionary(r => r.Guid);
        foreach (var done in progress.Items.OrderBy(i => i.At))
        {
            var request = byGuid[done.Request];
            var item = RestoreRequestBook.Items(execution, request.Guid)[done.Seq];
            var target = MailboxDirectory.ByGuid(execution, request.Target)!;
            var edb = DatabaseDirectory.ByGuid(execution, target.Database)!.MountedEdb!.Value;
            if (item.Bad || item.Large || Merge.Decide(execution, request, item.ItemId, edb, target.ExchangeGuid, added, removed) is not { } step)
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
