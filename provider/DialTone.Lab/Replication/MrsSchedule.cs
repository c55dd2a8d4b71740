namespace DialTone.Lab.Replication;

/// <summary>One source item the MRS processed, and when; <see cref="Copied"/> when it went to the target.</summary>
public sealed record ProcessedItem(Guid Request, int Seq, DateTimeOffset At, bool Copied);

/// <summary>The requests as they are at a later instant, and the items processed on the way.</summary>
public sealed record MrsProgress(IReadOnlyList<RestoreRequest> Requests, IReadOnlyList<ProcessedItem> Items);

/// <summary>
/// What the MRS finds in the lab while it works: each request's items in order, whether its databases can be reached,
/// and what its source store mailbox holds now (item → corrupt), or null when the source database has no such store
/// mailbox any more. The lab does not change between two commands, so "now" holds for the whole stretch computed.
/// </summary>
public sealed record MrsWorld(
    Func<Guid, IReadOnlyList<RequestItem>> ItemsOf,
    Func<RestoreRequest, bool> Reachable,
    Func<RestoreRequest, IReadOnlyDictionary<long, bool>?> SourceOf);

/// <summary>
/// The simulated Mailbox Replication Service, as a pure function of the recorded requests and the clock: requests of
/// one request queue (target database) run at most <see cref="ActivePerQueue"/> at a time, highest priority then
/// oldest first; each copies its items at the lab's rate, reading each from its source when it gets there; a corrupt
/// or missing item counts as bad [fact sheet §1.6], and a bad or large item beyond its limit fails the request, as does
/// a source store mailbox that is gone; the last item is followed by a short completion phase. A request whose source
/// or target database cannot be reached waits. Nothing here writes: reads show the result, the next command that
/// changes the lab records it.
/// </summary>
public static class MrsSchedule
{
    /// <summary>[S19 COMM/UNVERIFIED] 2013+ default MaxActiveMovesPerTargetMDB; assumed to gate restore requests too.</summary>
    public const int ActivePerQueue = 20;

    /// <summary>[INF] how long a request shows CompletionInProgress after its last item.</summary>
    public static readonly TimeSpan CompletionPhase = TimeSpan.FromSeconds(1);

    public static MrsProgress Advance(IReadOnlyList<RestoreRequest> requests, MrsWorld world, double itemsPerSecond,
        DateTimeOffset from, DateTimeOffset to)
    {
        var step = TimeSpan.FromSeconds(1 / itemsPerSecond);
        var state = requests.ToDictionary(r => r.Guid);
        var processed = new List<ProcessedItem>();
        foreach (var queue in requests.GroupBy(r => r.RequestQueue))
        {
            var running = queue.Where(r => !r.Suspend && r.Status is RequestStatus.InProgress or RequestStatus.CompletionInProgress)
                .Select(r => r.Guid).ToList();
            var waiting = new Queue<Guid>(queue.Where(r => !r.Suspend && r.Status == RequestStatus.Queued)
                .OrderByDescending(r => r.Priority).ThenBy(r => r.CreatedSeq).Select(r => r.Guid));
            foreach (var stalled in running.Where(g => !world.Reachable(state[g])).ToList())
            {
                // A request whose source or target cannot be reached waits; its clock restarts when it can go on.
                var request = state[stalled];
                state[stalled] = request with { Anchor = to, Finished = request.Finished is null ? null : to };
                running.Remove(stalled);
            }
            Fill(state, running, waiting, world.Reachable, from);
            while (true)
            {
                var next = running.Select(g => (Guid: g, At: NextEvent(state[g], step))).Where(e => e.At <= to)
                    .OrderBy(e => e.At).ThenBy(e => state[e.Guid].CreatedSeq).FirstOrDefault();
                if (next.Guid == Guid.Empty)
                {
                    break;
                }
                var request = state[next.Guid];
                if (request.Processed < request.TotalItems)
                {
                    var item = world.ItemsOf(request.Guid)[request.Processed];
                    if (world.SourceOf(request) is { } source)
                    {
                        var (after, copied) = Process(request, item, source, next.At);
                        request = after;
                        processed.Add(new ProcessedItem(request.Guid, item.Seq, next.At, copied));
                    }
                    else
                    {
                        request = Fail(request, Messages.SourceMailboxGone(request.SourceMailbox), next.At);
                    }
                }
                else
                {
                    request = request with
                    {
                        Status = request.BadItems + request.LargeItems > 0 ? RequestStatus.CompletedWithWarning : RequestStatus.Completed,
                        LastUpdate = next.At,
                    };
                }
                state[request.Guid] = request;
                if (request.Status.IsFinished())
                {
                    running.Remove(request.Guid);
                    Fill(state, running, waiting, world.Reachable, next.At);
                }
            }
        }
        return new MrsProgress(requests.Select(r => state[r.Guid]).ToList(), processed);
    }

    /// <summary>When a running request does its next thing: process an item, or finish its completion phase.</summary>
    private static DateTimeOffset NextEvent(RestoreRequest request, TimeSpan step) =>
        request.Processed < request.TotalItems ? request.Anchor!.Value + step : request.Finished!.Value + CompletionPhase;

    /// <summary>
    /// Starts waiting requests while the queue has room. One resumed without raising the limit it failed on fails again
    /// at once, whether or not items are left to copy.
    /// </summary>
    private static void Fill(Dictionary<Guid, RestoreRequest> state, List<Guid> running, Queue<Guid> waiting,
        Func<RestoreRequest, bool> reachable, DateTimeOffset at)
    {
        var skipped = new List<Guid>();
        while (running.Count < ActivePerQueue && waiting.TryDequeue(out var next))
        {
            var request = state[next];
            if (!reachable(request))
            {
                skipped.Add(next);
                continue;
            }
            var start = request.Queued > at ? request.Queued : at;
            if (LimitExceeded(request, request.BadItems, request.LargeItems) is { } failure)
            {
                state[next] = Fail(request with { Started = request.Started ?? start }, failure, start);
                continue;
            }
            var done = request.Processed >= request.TotalItems;
            state[next] = request with
            {
                Status = done ? RequestStatus.CompletionInProgress : RequestStatus.InProgress,
                Started = request.Started ?? start,
                Anchor = start,
                Finished = done ? start : null,
                LastUpdate = start,
            };
            running.Add(next);
        }
        foreach (var guid in skipped)
        {
            waiting.Enqueue(guid);
        }
    }

    /// <summary>Processes one item as the source holds it now; returns whether it was copied.</summary>
    private static (RestoreRequest Request, bool Copied) Process(RestoreRequest request, RequestItem item,
        IReadOnlyDictionary<long, bool> source, DateTimeOffset at)
    {
        var isBad = !source.TryGetValue(item.ItemId, out var corrupt) || corrupt;
        var isLarge = item.Large && !isBad;
        var bad = request.BadItems + (isBad ? 1 : 0);
        var large = request.LargeItems + (isLarge ? 1 : 0);
        var copied = !isBad && !isLarge;
        var processed = request.Processed + 1;
        if (LimitExceeded(request, bad, large) is { } failure)
        {
            return (Fail(request with { Processed = processed, BadItems = bad, LargeItems = large, Anchor = at }, failure, at), false);
        }
        var last = processed == request.TotalItems;
        return (request with
        {
            Processed = processed,
            Transferred = request.Transferred + (copied ? 1 : 0),
            BadItems = bad,
            LargeItems = large,
            Anchor = at,
            LastUpdate = at,
            Status = last ? RequestStatus.CompletionInProgress : RequestStatus.InProgress,
            Finished = last ? at : null,
        }, copied);
    }

    private static string? LimitExceeded(RestoreRequest request, int bad, int large) =>
        bad > (request.BadItemLimit ?? int.MaxValue) ? Messages.TooManyBadItems(bad)
        : large > (request.LargeItemLimit ?? int.MaxValue) ? Messages.TooManyLargeItems(large)
        : null;

    private static RestoreRequest Fail(RestoreRequest request, string failure, DateTimeOffset at) =>
        request with { Status = RequestStatus.Failed, Finished = at, LastUpdate = at, Failure = failure };
}
