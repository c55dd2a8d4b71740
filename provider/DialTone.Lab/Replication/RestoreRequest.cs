namespace DialTone.Lab.Replication;

/// <summary>RequestStatus values a restore request shows [S10 DOC], in Exchange's order.</summary>
public enum RequestStatus
{
    None,
    Queued,
    InProgress,
    AutoSuspended,
    CompletionInProgress,
    Completed,
    CompletedWithWarning,
    Suspended,
    Failed,
    Synced,
    Retrying,
}

/// <summary>ConflictResolutionOption: what a copy does when the target already holds the item [S10 DOC].</summary>
public enum ConflictResolutionOption
{
    KeepSourceItem,
    KeepLatestItem,
    KeepAll,
    UpdateFromSource,
    ForceCopy,
    KeepTargetItem,
}

/// <summary>AssociatedMessagesCopyOption (Exchange's FAICopyOption): what happens to rules, views and forms [S10 DOC].</summary>
public enum AssociatedMessagesCopyOption
{
    DoNotCopy,
    MapByMessageClass,
    Copy,
}

/// <summary>RequestPriority, lowest first: a higher value runs first [S10 DOC].</summary>
public enum RequestPriority
{
    Lowest,
    Lower,
    Low,
    Normal,
    High,
    Higher,
    Highest,
    Emergency,
}

public static class RequestStatusExtensions
{
    /// <summary>Completed, CompletedWithWarning and Failed: the MRS does nothing more with the request.</summary>
    public static bool IsFinished(this RequestStatus status) =>
        status is RequestStatus.Completed or RequestStatus.CompletedWithWarning or RequestStatus.Failed;
}

/// <summary>A mailbox restore request: what was asked, and its progress as of <see cref="LastUpdate"/>.</summary>
public sealed record RestoreRequest(
    Guid Guid,
    string Name,
    Guid Target,
    string TargetAlias,
    Guid RequestQueue,
    Guid SourceDatabase,
    Guid SourceMailbox,
    string BatchName,
    int? BadItemLimit,
    int? LargeItemLimit,
    bool AcceptLargeDataLoss,
    bool AllowLegacyDNMismatch,
    ConflictResolutionOption ConflictResolutionOption,
    AssociatedMessagesCopyOption AssociatedMessagesCopyOption,
    RequestPriority Priority,
    bool Suspend,
    string SuspendComment,
    RequestStatus Status,
    DateTimeOffset Queued,
    DateTimeOffset? Started,
    DateTimeOffset? Anchor,
    DateTimeOffset? Finished,
    DateTimeOffset? Suspended,
    DateTimeOffset LastUpdate,
    int Processed,
    int Transferred,
    int BadItems,
    int LargeItems,
    int TotalItems,
    long TotalBytes,
    string Failure,
    long CreatedSeq)
{
    /// <summary>CompletedRequestAgeLimit: a completed request goes away 30 days after it completed [S9][S10 DOC].</summary>
    public static readonly TimeSpan CompletedRequestAgeLimit = TimeSpan.FromDays(30);

    /// <summary>The identity Exchange shows: the target's alias, a backslash, the request's name [S10 DOC].</summary>
    public string Identity => $@"{TargetAlias}\{Name}";

    /// <summary>Whether the request has completed more than <see cref="CompletedRequestAgeLimit"/> before <paramref name="now"/>.</summary>
    public bool IsExpired(DateTimeOffset now) =>
        Status is RequestStatus.Completed or RequestStatus.CompletedWithWarning && Finished + CompletedRequestAgeLimit < now;
}
