using DialTone.Exchange.Results;
using DialTone.Exchange.Values;
using DialTone.Lab.Cmdlets;
using DialTone.Lab.Replication;

namespace DialTone.Lab.Shell.Shapes;

/// <summary>Store statistics and restore requests as Exchange outputs them [S9][S10][fact sheet §3.1].</summary>
internal static class StoreShapes
{
    public static ObjectValue Statistics(MailboxStatistics row) => new(new ExchangeObject(ExchangeTypeNames.MailboxStatistics,
    [
        new("DisplayName", row.Store.DisplayName), new("MailboxGuid", row.Store.MailboxGuid), new("Identity", row.Store.MailboxGuid),
        new("LegacyDN", row.Store.LegacyDN), new("Database", row.Database), new("ServerName", row.ServerName),
        new("ItemCount", row.Store.ItemCount), new("AssociatedItemCount", row.Store.AssociatedItemCount),
        new("TotalItemSize", new ByteSizeValue((ulong)row.Store.TotalItemSize)),
        new("LastLogonTime", row.Store.LastLogon is { } logon ? new DateTimeValue(logon) : ExchangeValue.Null),
        new("DisconnectReason", row.Store.DisconnectReason is { } reason ? reason : ExchangeValue.Null),
    ]));

    public static ObjectValue Request(RestoreRequest r, string sourceDatabase, string requestQueue) =>
        new(new ExchangeObject(ExchangeTypeNames.MailboxRestoreRequest,
        [
            new("Name", r.Name), new("Identity", r.Identity), new("TargetMailbox", r.TargetAlias),
            new("SourceDatabase", sourceDatabase), new("Status", r.Status.ToString()), new("Suspend", r.Suspend),
            new("RequestQueue", requestQueue), new("BatchName", r.BatchName), new("RequestGuid", r.Guid),
        ]));

    public static ObjectValue RequestStatistics(RestoreRequest r, string sourceDatabase, string requestQueue, string targetDatabase)
    {
        var percent = r.TotalItems == 0 ? (r.Status.IsFinished() ? 100 : 0) : 100L * r.Processed / r.TotalItems;
        ExchangeProperty[] properties =
        [
            new("Name", r.Name), new("Identity", r.Identity), new("Status", r.Status.ToString()), new("StatusDetail", Detail(r)),
            new("TargetAlias", r.TargetAlias), new("PercentComplete", r.Status == RequestStatus.Completed ? 100 : percent),
            new("Suspend", r.Suspend), new("SuspendComment", r.SuspendComment), new("BatchName", r.BatchName),
            new("SourceExchangeGuid", r.SourceMailbox), new("SourceDatabase", sourceDatabase), new("TargetDatabase", targetDatabase),
            new("RequestQueue", requestQueue), new("ConflictResolutionOption", r.ConflictResolutionOption.ToString()),
            new("AssociatedMessagesCopyOption", r.AssociatedMessagesCopyOption.ToString()),
            new("BadItemLimit", Limit(r.BadItemLimit)), new("BadItemsEncountered", r.BadItems),
            new("LargeItemLimit", Limit(r.LargeItemLimit)), new("LargeItemsEncountered", r.LargeItems),
            new("EstimatedTransferItemCount", r.TotalItems), new("EstimatedTransferSize", new ByteSizeValue((ulong)r.TotalBytes)),
            new("ItemsTransferred", r.Transferred), new("QueuedTimestamp", new DateTimeValue(r.Queued)),
            new("StartTimestamp", Time(r.Started)), new("LastUpdateTimestamp", new DateTimeValue(r.LastUpdate)),
            new("CompletionTimestamp", r.Status is RequestStatus.Completed or RequestStatus.CompletedWithWarning ? Time(r.Finished) : ExchangeValue.Null),
            new("SuspendTimestamp", Time(r.Suspended)),
            new("FailureTimestamp", r.Status == RequestStatus.Failed ? Time(r.Finished) : ExchangeValue.Null),
            new("FailureType", r.Failure.Length > 0 ? r.Failure[..r.Failure.IndexOf(':')] : ExchangeValue.Null),
            new("Message", r.Failure.Length > 0 ? r.Failure : ExchangeValue.Null),
        ];
        return new ObjectValue(new ExchangeObject(ExchangeTypeNames.MailboxRestoreRequestStatistics, properties.ToEquatableArray()));
    }

    private static string Detail(RestoreRequest r) => r.Status switch
    {
        RequestStatus.InProgress => r.Processed == 0 ? "CreatingFolderHierarchy" : "CopyingMessages",
        RequestStatus.CompletionInProgress => "Finalization",
        RequestStatus.Failed => "FailedOther",
        _ => r.Status.ToString(),
    };

    private static ExchangeValue Limit(int? limit) => limit is { } value ? value : ExchangeValue.Unlimited;

    private static ExchangeValue Time(DateTimeOffset? time) => time is { } value ? new DateTimeValue(value) : ExchangeValue.Null;
}
