using DialTone.Exchange.Errors;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;
using DialTone.Lab.Replication;

namespace DialTone.Lab.Cmdlets;

public sealed record NewRestoreRequestArgs(
    string SourceDatabase,
    string SourceStoreMailbox,
    string TargetMailbox,
    string? Name = null,
    string BatchName = "",
    // Null is Unlimited; the default of both limits is 0 [S10 DOC].
    int? BadItemLimit = 0,
    int? LargeItemLimit = 0,
    bool AcceptLargeDataLoss = false,
    bool AllowLegacyDNMismatch = false,
    ConflictResolutionOption ConflictResolutionOption = ConflictResolutionOption.KeepSourceItem,
    AssociatedMessagesCopyOption AssociatedMessagesCopyOption = AssociatedMessagesCopyOption.Copy,
    RequestPriority Priority = RequestPriority.Normal,
    bool Suspend = false,
    string SuspendComment = "");

public sealed record GetRestoreRequestArgs(
    string? Identity = null,
    string? BatchName = null,
    string? Name = null,
    string? SourceDatabase = null,
    RequestStatus? Status = null,
    bool? Suspend = null,
    string? TargetMailbox = null,
    string? RequestQueue = null,
    bool? HighPriority = null,
    int? ResultSize = GetMailboxArgs.DefaultResultSize,
    bool ResultSizeGiven = false);

public sealed record SetRestoreRequestArgs(
    string Identity, int? BadItemLimit = null, bool BadItemLimitGiven = false, int? LargeItemLimit = null,
    bool LargeItemLimitGiven = false, bool AcceptLargeDataLoss = false, string? BatchName = null, RequestPriority? Priority = null);

/// <summary>
/// New-, Get-, Set-, Suspend-, Resume-, Remove-MailboxRestoreRequest and Get-MailboxRestoreRequestStatistics
/// (fact sheet §1.6, §3.1, §3.2, §3.4). Requests run in the simulated MRS (<see cref="MrsSchedule"/>).
/// </summary>
public static class RestoreRequestCmdlets
{
    /// <summary>[INF] the organization's default maximum receive size (36 MB on 2013+): larger items are large items.</summary>
    public const long LargeItemBytes = 36L * 1024 * 1024;

    public static RestoreRequest New(Execution execution, NewRestoreRequestArgs args)
    {
        var source = DatabaseDirectory.FindReferenced(execution, args.SourceDatabase);
        var sourceEdb = source.MountedEdb
            ?? throw new LabException(ErrorCategory.InvalidOperation, Messages.SourceOffline(source.Name), args.SourceStoreMailbox);
        var store = StoreMailboxes.Named(execution, sourceEdb, args.SourceStoreMailbox)
            ?? throw new LabException(ErrorCategory.ObjectNotFound, Messages.StoreMailboxNotFound(args.SourceStoreMailbox, source.Name), args.SourceStoreMailbox);
        var target = MailboxDirectory.Find(execution, args.TargetMailbox, Mailbox.AnyType);
        if (!args.AllowLegacyDNMismatch && !string.Equals(store.LegacyDN, target.LegacyExchangeDN, StringComparison.OrdinalIgnoreCase)
            && !target.X500Proxies.Any(p => string.Equals(p, "X500:" + store.LegacyDN, StringComparison.OrdinalIgnoreCase)))
        {
            throw new LabException(ErrorCategory.InvalidArgument, Messages.LegacyDnMismatch(store.LegacyDN, target.Alias), target.Alias);
        }
        CheckLargeLimit(args.LargeItemLimit, args.AcceptLargeDataLoss);
        var queue = DatabaseDirectory.ByGuid(execution, target.Database);
        if (queue is not { Mounted: true })
        {
            throw new LabException(ErrorCategory.InvalidOperation, Messages.RequestQueueOffline(queue?.Name ?? target.Database.ToString()), target.Alias);
        }
        var existing = RestoreRequestBook.NamesFor(execution, target.Guid).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var name = args.Name ?? new[] { "MailboxRestore" }.Concat(Enumerable.Range(1, 9).Select(i => $"MailboxRestore{i}"))
            .FirstOrDefault(n => !existing.Contains(n))
            ?? throw new LabException(ErrorCategory.InvalidOperation, Messages.NoFreeRequestName(target.Alias), target.Alias);
        if (existing.Contains(name))
        {
            throw new LabException(ErrorCategory.InvalidOperation, Messages.RequestNameInUse($@"{target.Alias}\{name}"), target.Alias);
        }
        var items = SourceItems(execution, sourceEdb, store.MailboxGuid, args.AssociatedMessagesCopyOption);
        var request = new RestoreRequest(Store.Ids.NewGuid(execution), name, target.Guid, target.Alias, queue.Guid, source.Guid,
            store.MailboxGuid, args.BatchName, args.BadItemLimit, args.LargeItemLimit, args.AcceptLargeDataLoss,
            args.AllowLegacyDNMismatch, args.ConflictResolutionOption, args.AssociatedMessagesCopyOption, args.Priority,
            args.Suspend, args.SuspendComment, args.Suspend ? RequestStatus.Suspended : RequestStatus.Queued, execution.Now,
            null, null, null, args.Suspend ? execution.Now : null, execution.Now, 0, 0, 0, 0, items.Count,
            items.Sum(i => i.Size), "", execution.Sql.Scalar<long>("SELECT COALESCE(MAX(created_seq), 0) + 1 FROM restore_requests"));
        RestoreRequestBook.Insert(execution, request, items.Select(i => i.Item));
        return request;
    }

    /// <summary>Get-MailboxRestoreRequest: the requests as they are now, filtered; 1000 by default, with the warning.</summary>
    public static IReadOnlyList<RestoreRequest> Get(Execution execution, GetRestoreRequestArgs args)
    {
        var all = Mrs.Progress(execution).Requests.Where(r => !r.IsExpired(execution.Now)).ToList();
        if (args.Identity is not null)
        {
            return [Find(all, args.Identity)];
        }
        var source = args.SourceDatabase is null ? null : DatabaseDirectory.FindReferenced(execution, args.SourceDatabase);
        var queue = args.RequestQueue is null ? null : DatabaseDirectory.FindReferenced(execution, args.RequestQueue);
        var target = args.TargetMailbox is null ? null : MailboxDirectory.Find(execution, args.TargetMailbox, Mailbox.AnyType);
        var matching = all.Where(r =>
            (args.BatchName is null || string.Equals(r.BatchName, args.BatchName, StringComparison.OrdinalIgnoreCase))
            && (args.Name is null || string.Equals(r.Name, args.Name, StringComparison.OrdinalIgnoreCase))
            && (args.Status is null || r.Status == args.Status)
            && (args.Suspend is null || r.Suspend == args.Suspend)
            && (args.HighPriority is null || r.Priority > RequestPriority.Normal == args.HighPriority)
            && (source is null || r.SourceDatabase == source.Guid)
            && (queue is null || r.RequestQueue == queue.Guid)
            && (target is null || r.Target == target.Guid)).ToList();
        if (args.ResultSize is { } limit && matching.Count > limit)
        {
            if (!args.ResultSizeGiven)
            {
                execution.Warn(Messages.ResultSizeWarning);
            }
            return matching.Take(limit).ToList();
        }
        return matching;
    }

    public static RestoreRequest Set(Execution execution, SetRestoreRequestArgs args)
    {
        var request = Find(RestoreRequestBook.Named(execution, args.Identity), args.Identity);
        var large = args.LargeItemLimitGiven ? args.LargeItemLimit : request.LargeItemLimit;
        CheckLargeLimit(large, args.AcceptLargeDataLoss || request.AcceptLargeDataLoss);
        var changed = request with
        {
            BadItemLimit = args.BadItemLimitGiven ? args.BadItemLimit : request.BadItemLimit,
            LargeItemLimit = large,
            AcceptLargeDataLoss = request.AcceptLargeDataLoss || args.AcceptLargeDataLoss,
            BatchName = args.BatchName ?? request.BatchName,
            Priority = args.Priority ?? request.Priority,
            LastUpdate = execution.Now,
        };
        RestoreRequestBook.Update(execution, changed);
        return changed;
    }

    public static RestoreRequest Suspend(Execution execution, string identity, string comment)
    {
        var request = Find(RestoreRequestBook.Named(execution, identity), identity);
        if (request.Status.IsFinished() || request.Status == RequestStatus.CompletionInProgress)
        {
            throw new LabException(ErrorCategory.InvalidOperation, Messages.CannotSuspend(request.Identity, request.Status.ToString()), request.Identity);
        }
        var suspended = request with
        {
            Suspend = true, SuspendComment = comment, Status = RequestStatus.Suspended, Suspended = execution.Now, LastUpdate = execution.Now,
        };
        RestoreRequestBook.Update(execution, suspended);
        return suspended;
    }

    /// <summary>Resume: a suspended or failed request queues again and continues where it stopped [S9 DOC].</summary>
    public static RestoreRequest Resume(Execution execution, string identity)
    {
        var request = Find(RestoreRequestBook.Named(execution, identity), identity);
        if (request.Status is not (RequestStatus.Suspended or RequestStatus.Failed))
        {
            throw new LabException(ErrorCategory.InvalidOperation, Messages.CannotResume(request.Identity, request.Status.ToString()), request.Identity);
        }
        var resumed = request with
        {
            Suspend = false, Status = RequestStatus.Queued, Queued = execution.Now, Failure = "", Finished = null,
            LastUpdate = execution.Now,
        };
        RestoreRequestBook.Update(execution, resumed);
        return resumed;
    }

    /// <summary>Remove: the request goes; what it already copied stays in the target [S9 DOC].</summary>
    public static void Remove(Execution execution, string identity) =>
        RestoreRequestBook.Delete(execution, Find(RestoreRequestBook.Named(execution, identity), identity).Guid);

    public static RestoreRequest Statistics(Execution execution, string identity) =>
        Find(Mrs.Progress(execution).Requests.Where(r => !r.IsExpired(execution.Now)).ToList(), identity);

    private static RestoreRequest Find(IReadOnlyList<RestoreRequest> requests, string identity)
    {
        var matches = Guid.TryParse(identity, out var guid)
            ? requests.Where(r => r.Guid == guid).ToList()
            : requests.Where(r => string.Equals(r.Identity, identity, StringComparison.OrdinalIgnoreCase)
                                  || !identity.Contains('\\') && string.Equals(r.Name, identity, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw LabException.NotFound(identity),
            _ => throw LabException.Ambiguous(identity),
        };
    }

    private static void CheckLargeLimit(int? limit, bool accepted)
    {
        if ((limit is null || limit > 50) && !accepted)
        {
            throw new LabException(ErrorCategory.InvalidArgument, Messages.LargeLimitNeedsAcceptance(limit ?? int.MaxValue), "LargeItemLimit");
        }
    }

    private static List<(RequestItem Item, long Size)> SourceItems(Execution execution, long edb, Guid mailbox,
        AssociatedMessagesCopyOption associatedOption) =>
        execution.Sql.Query(
                "SELECT i.item_id, l.size, l.associated FROM items i JOIN ledger l ON l.item_id = i.item_id " +
                "WHERE i.edb_id = $e AND i.mailbox_guid = $m ORDER BY i.item_id, i.copy",
                r => (Id: r.GetInt64(0), Size: r.GetInt64(1), Associated: r.GetInt64(2) != 0),
                new Store.Arg("$e", edb), new Store.Arg("$m", mailbox))
            .Where(i => !(i.Associated && associatedOption == AssociatedMessagesCopyOption.DoNotCopy))
            .Select((i, seq) => (new RequestItem(seq, i.Id, i.Size > LargeItemBytes), i.Size))
            .ToList();

}
