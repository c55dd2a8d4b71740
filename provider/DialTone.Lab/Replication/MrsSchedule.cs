namespace DialTone.Lab.Replication;

/// <summary>One source item the MRS processed, and when.</summary>
public sealed record ProcessedItem(Guid Request, int Seq, DateTimeOffset At);

/// <summary>The requests as they are at a later instant, and the items processed on the way.</summary>
public sealed record MrsProgress(IReadOnlyList<RestoreRequest> Requests, IReadOnlyList<ProcessedItem> Items);

/// <summary>
/// The simulated Mailbox Replication Service, as a pure function of the recorded requests and the clock: requests of
/// one request queue (target database) run at most <see cref="ActivePerQueue"/> at a time, highest priority then
/// oldest first; each copies its items at the lab's rate; a bad or large item beyond its limit fails the request; the
/// last item is followed by a short completion phase. A request whose source or target database cannot be reached
/// waits. Nothing here writes: reads show the result, the next command that changes the lab records it.
/// </summary>
public static class MrsSchedule
{
    /// <summary>[S19 COMM/UNVERIFIED] 2013+ default MaxActiveMovesPerTargetMDB; assumed to gate restore requests too.</summary>
    public const int ActivePerQueue = 20;

    /// <summary>[INF] how long a request shows CompletionInProgress after its last item.</summary>
    public static readonly TimeSpan CompletionPhase = TimeSpan.FromSeconds(1);

    public static MrsProgress Advance(IReadOnlyList<RestoreRequest> requests, Func<Guid, IReadOnlyList<RequestItem>> itemsOf,
        Func<RestoreRequest, bool> reachable, double itemsPerSecond, DateTimeOffset from, DateTimeOffset to)
    {
        var step = TimeSpan.FromSeconds(1 / itemsPerSecond);
        var state = requests.ToDictionary(r => r.Guid);
        var processed = new List<ProcessedItem>();
        foreach (var queue in requests.GroupBy(r => r.RequestQueue))
        {
            var running = queue.Where(r => !r.Suspend && r.Status is RequestStatus.InProgress or RequestStatus.CompletionInProgress)
                .Select(r => r.Guid).ToList();
            var waiting = new Queue<Guid>(queue.Where(r => !r.Suspend && r.Status == RequestStatus.Queued)
                .OrderByDescending(r => r.PriorityRank).ThenBy(r => r.CreatedSeq).Select(r => r.Guid));
            foreach (var stalled in running.Where(g => !reachable(state[g])).ToList())
            {
                // A request whose source or target cannot be reached waits; its clock restarts when it can go on.
                var request = state[stalled];
                state[stalled] = request with { Anchor = to, Finished = request.Finished is null ? null : to };
                running.Remove(stalled);
            }
            Fill(state, running, waiting, reachable, from);
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
                    var item = itemsOf(request.Guid)[request.Processed];
                    request = Process(request, item, next.At);
                    processed.Add(new ProcessedItem(request.Guid, item.Seq, next.At));
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
                if (RequestStatus.IsFinished(request.Status))
                {
                    running.Remove(request.Guid);
                    Fill(state, running, waiting, reachable, next.At);
                }
            }
        }
        return new MrsProgress(requests.Select(r => state[r.Guid]).ToList(), processed);
    }

    /// <summary>When a running request does its next thing: process an item, or finish its completion phase.</summary>
    private static DateTimeOffset NextEvent(RestoreRequest request, TimeSpan step) =>
        request.Processed < request.TotalItems ? request.Anchor!.Value + step : request.Finished!.Value + CompletionPhase;

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

    private static RestoreRequest Process(RestoreRequest request, RequestItem item, DateTimeOffset at)
    {
        var bad = request.BadItems + (item.Bad ? 1 : 0);
        var large = request.LargeItems + (item.Large && !item.Bad ? 1 : 0);
        var transferred = request.Transferred + (item.Bad || item.Large ? 0 : 1);
        var processed = request.Processed + 1;
        var failure = bad > (request.BadItemLimit ?? int.MaxValue) ? Messages.TooManyBadItems(bad)
            : large > (request.LargeItemLimit ?? int.MaxValue) ? Messages.TooManyLargeItems(large)
            : null;
        var last = processed == request.TotalItems;
        return request with
        {
            Processed = processed,
            Transferred = transferred,
            BadItems = bad,
            LargeItems = large,
            Anchor = at,
            LastUpdate = at,
            Status = failure is not null ? RequestStatus.Failed : last ? RequestStatus.CompletionInProgress : RequestStatus.InProgress,
            Finished = failure is not null || last ? at : null,
            Failure = failure ?? request.Failure,
        };
    }
}
