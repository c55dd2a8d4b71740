using DialTone.Exchange.Values;
using DialTone.Lab.Cmdlets;
using DialTone.Lab.Organization;
using DialTone.Lab.Replication;
using DialTone.Lab.Shell.Shapes;

namespace DialTone.Lab.Shell.Handlers;

/// <summary>The mailbox restore request cmdlets.</summary>
internal static class RestoreRequestHandlers
{
    public static IEnumerable<Handler> All =>
    [
        Handler.Of("New-MailboxRestoreRequest",
            ["SourceDatabase", "SourceStoreMailbox", "TargetMailbox", "Name", "BatchName", "BadItemLimit", "LargeItemLimit",
             "AcceptLargeDataLoss", "AllowLegacyDNMismatch", "ConflictResolutionOption", "AssociatedMessagesCopyOption", "Priority",
             "Suspend", "SuspendComment"],
            (x, c) =>
            {
                var bad = c.Limit("BadItemLimit");
                var large = c.Limit("LargeItemLimit");
                var request = RestoreRequestCmdlets.New(x, new NewRestoreRequestArgs(c.Required("SourceDatabase"),
                    c.Required("SourceStoreMailbox"), c.Required("TargetMailbox"), c.Text("Name"), c.Text("BatchName") ?? "",
                    bad.Given ? bad.Value : 0, large.Given ? large.Value : 0, c.Switch("AcceptLargeDataLoss"),
                    c.Switch("AllowLegacyDNMismatch"), c.Enum<ConflictResolutionOption>("ConflictResolutionOption") ?? ConflictResolutionOption.KeepSourceItem,
                    c.Enum<AssociatedMessagesCopyOption>("AssociatedMessagesCopyOption") ?? AssociatedMessagesCopyOption.Copy,
                    c.Enum<RequestPriority>("Priority") ?? RequestPriority.Normal, c.Switch("Suspend"),
                    c.Text("SuspendComment") ?? ""));
                return [Shape(x, request)];
            },
            c => c.Text("TargetMailbox") ?? ""),

        Handler.Of("Get-MailboxRestoreRequest",
            ["Identity", "BatchName", "Name", "SourceDatabase", "Status", "Suspend", "TargetMailbox", "RequestQueue", "HighPriority", "ResultSize"],
            (x, c) =>
            {
                var (given, size) = c.Limit("ResultSize");
                return RestoreRequestCmdlets.Get(x, new GetRestoreRequestArgs(c.Text("Identity"), c.Text("BatchName"), c.Text("Name"),
                        c.Text("SourceDatabase"), c.Enum<RequestStatus>("Status"), c.Flag("Suspend"), c.Text("TargetMailbox"), c.Text("RequestQueue"),
                        c.Flag("HighPriority"), given ? size : GetMailboxArgs.DefaultResultSize, given))
                    .Select(r => Shape(x, r)).ToList<ExchangeValue>();
            }),

        Handler.Of("Set-MailboxRestoreRequest", ["Identity", "BadItemLimit", "LargeItemLimit", "AcceptLargeDataLoss", "BatchName", "Priority"], (x, c) =>
        {
            var bad = c.Limit("BadItemLimit");
            var large = c.Limit("LargeItemLimit");
            RestoreRequestCmdlets.Set(x, new SetRestoreRequestArgs(c.Required("Identity"), bad.Value, bad.Given, large.Value, large.Given,
                c.Switch("AcceptLargeDataLoss"), c.Text("BatchName"), c.Enum<RequestPriority>("Priority")));
            return [];
        }),

        Handler.Of("Suspend-MailboxRestoreRequest", ["Identity", "SuspendComment"], (x, c) =>
        {
            RestoreRequestCmdlets.Suspend(x, c.Required("Identity"), c.Text("SuspendComment") ?? "");
            return [];
        }),

        Handler.Of("Resume-MailboxRestoreRequest", ["Identity"], (x, c) =>
        {
            RestoreRequestCmdlets.Resume(x, c.Required("Identity"));
            return [];
        }),

        Handler.Of("Remove-MailboxRestoreRequest", ["Identity", "Force"], (x, c) =>
        {
            RestoreRequestCmdlets.Remove(x, c.Required("Identity"));
            return [];
        }),

        Handler.Of("Get-MailboxRestoreRequestStatistics", ["Identity", "IncludeReport"], (x, c) =>
        {
            var request = RestoreRequestCmdlets.Statistics(x, c.Required("Identity"));
            var target = MailboxDirectory.ByGuid(x, request.Target);
            return [StoreShapes.RequestStatistics(request, NameOf(x, request.SourceDatabase), NameOf(x, request.RequestQueue),
                target is null ? "" : NameOf(x, target.Database))];
        }),
    ];

    private static ObjectValue Shape(Execution execution, RestoreRequest request) =>
        StoreShapes.Request(request, NameOf(execution, request.SourceDatabase), NameOf(execution, request.RequestQueue));

    private static string NameOf(Execution execution, Guid database) =>
        DatabaseDirectory.ByGuid(execution, database)?.Name ?? database.ToString();

}
