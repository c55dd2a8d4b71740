namespace DialTone.Lab.Replication;

/// <summary>RequestStatus values a restore request shows [S10 DOC].</summary>
public static class RequestStatus
{
    public const string Queued = "Queued";
    public const string InProgress = "InProgress";
    public const string CompletionInProgress = "CompletionInProgress";
    public const string Completed = "Completed";
    public const string CompletedWithWarning = "CompletedWithWarning";
    public const string Suspended = "Suspended";
    public const string Failed = "Failed";

    public static bool IsFinished(string status) => status is Completed or CompletedWithWarning or Failed;
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
    string ConflictResolutionOption,
    string AssociatedMessagesCopyOption,
    string Priority,
    bool Suspend,
    string SuspendComment,
    string Status,
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

    /// <summary>Higher runs first; the order of RequestPriority's values [S10 DOC].</summary>
    public int PriorityRank => Array.IndexOf(Priorities, Priority);

    /// <summary>Whether the request has completed more than <see cref="CompletedRequestAgeLimit"/> before <paramref name="now"/>.</summary>
    public bool IsExpired(DateTimeOffset now) =>
        Status is RequestStatus.Completed or RequestStatus.CompletedWithWarning && Finished + CompletedRequestAgeLimit < now;

    public static readonly string[] Priorities =
        ["Lowest", "Lower", "Low", "Normal", "High", "Higher", "Highest", "Emergency"];
}
