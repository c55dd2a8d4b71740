using DialTone.Exchange.Catalogue.Declaration;
using static DialTone.Exchange.Catalogue.Declaration.Declare;
using T = DialTone.Exchange.Catalogue.Types.ParameterTypes;

namespace DialTone.Exchange.Catalogue.Cmdlets;

/// <summary>
/// The mailbox restore request cmdlets (the merge), for Exchange Server 2019. The reference's current syntax blocks
/// for New-MailboxRestoreRequest are merged with Exchange Online and inconsistent, so its on-premises set is declared
/// by hand from the 2018 reference (its "Set1": source database, source store mailbox, target mailbox, with the
/// 2013-and-later options) and the current parameter table (TargetMailbox is a MailboxLocationIdParameter).
/// </summary>
internal static class RestoreRequestCmdlets
{
    public static CmdletDefinition NewMailboxRestoreRequest { get; } = new CmdletSpec("New-MailboxRestoreRequest", CommandScope.ExchangeSession,
        "office-docs-powershell ExchangePowerShell/New-MailboxRestoreRequest.md @93336da and exchange/mailboxes/"
            + "New-MailboxRestoreRequest.md @78b62d2 (2018, Set1); one on-premises set, named as today's MigrationLocalMailboxRestore")
    {
        Effect = CmdletEffect.Changes,
        Parameters =
        [
            P("SourceDatabase", T.DatabaseId, Mandatory),
            P("SourceStoreMailbox", T.StoreMailboxId, Mandatory),
            P("TargetMailbox", T.MailboxLocationId, Mandatory),
            P("AcceptLargeDataLoss", T.Switch),
            P("AllowLegacyDNMismatch", T.Switch),
            P("AssociatedMessagesCopyOption", T.FaiCopyOption),
            P("BadItemLimit", T.UnlimitedInt32),
            P("BatchName", T.String),
            P("CompletedRequestAgeLimit", T.UnlimitedEnhancedTimeSpan),
            P("ConflictResolutionOption", T.ConflictResolutionOption),
            DomainController,
            P("ExcludeDumpster", T.Switch),
            P("ExcludeFolders", T.StringArray),
            P("IncludeFolders", T.StringArray),
            P("InternalFlags", T.Exchange("InternalMrsFlag[]")),
            P("LargeItemLimit", T.UnlimitedInt32),
            P("Name", T.String),
            P("Priority", T.RequestPriority),
            P("RequestExpiryInterval", T.UnlimitedEnhancedTimeSpan),
            P("SkipMerging", T.SkippableMergeComponentArray),
            P("SourceRootFolder", T.String),
            P("Suspend", T.Switch),
            P("SuspendComment", T.String),
            P("TargetIsArchive", T.Switch),
            P("TargetRootFolder", T.String),
            P("TargetType", T.Exchange("TargetTypeComponent")),
            P("WorkloadType", T.Exchange("RequestWorkloadType")),
        ],
    }.Build();

    public static CmdletDefinition GetMailboxRestoreRequest { get; } = new CmdletSpec("Get-MailboxRestoreRequest", CommandScope.ExchangeSession,
        "office-docs-powershell ExchangePowerShell/Get-MailboxRestoreRequest.md @93336da"
            + "; default set Identity inferred")
    {
        Sets = ["Identity", "Filtering"],
        DefaultSet = "Identity",
        Parameters =
        [
            P("Identity", T.MailboxRestoreRequestId, In("Identity", Position(1)), FromPipeline),
            P("BatchName", T.String, In("Filtering")),
            DomainController,
            P("HighPriority", T.Boolean, In("Filtering")),
            P("Name", T.String, In("Filtering")),
            P("RequestQueue", T.DatabaseId, In("Filtering")),
            P("ResultSize", T.UnlimitedUInt32),
            P("SourceDatabase", T.DatabaseId, In("Filtering")),
            P("Status", T.RequestStatus, In("Filtering")),
            P("Suspend", T.Boolean, In("Filtering")),
            P("TargetMailbox", T.MailboxOrMailUserId, In("Filtering")),
        ],
    }.Build();

    public static CmdletDefinition SetMailboxRestoreRequest { get; } = new CmdletSpec("Set-MailboxRestoreRequest", CommandScope.ExchangeSession,
        "office-docs-powershell ExchangePowerShell/Set-MailboxRestoreRequest.md @93336da"
            + "; default set Identity inferred")
    {
        Effect = CmdletEffect.Changes,
        Sets = ["Identity", "Rehome"],
        DefaultSet = "Identity",
        Parameters =
        [
            Identity(T.MailboxRestoreRequestId),
            P("AcceptLargeDataLoss", T.Switch, In("Identity")),
            P("BadItemLimit", T.UnlimitedInt32, In("Identity")),
            P("BatchName", T.String, In("Identity")),
            P("CompletedRequestAgeLimit", T.UnlimitedEnhancedTimeSpan, In("Identity")),
            DomainController,
            P("InternalFlags", T.Exchange("InternalMrsFlag[]"), In("Identity")),
            P("LargeItemLimit", T.UnlimitedInt32, In("Identity")),
            P("Priority", T.RequestPriority, In("Identity")),
            P("RehomeRequest", T.Switch, In("Rehome")),
            P("RemoteHostName", T.Fqdn),
            P("RequestExpiryInterval", T.UnlimitedEnhancedTimeSpan),
            P("SkipMerging", T.SkippableMergeComponentArray, In("Identity")),
        ],
    }.Build();

    public static CmdletDefinition SuspendMailboxRestoreRequest { get; } = new CmdletSpec("Suspend-MailboxRestoreRequest", CommandScope.ExchangeSession,
        "office-docs-powershell ExchangePowerShell/Suspend-MailboxRestoreRequest.md @93336da"
            + "; confirms: \"This cmdlet has a built-in pause\"")
    {
        Effect = CmdletEffect.ChangesAfterConfirming,
        Parameters =
        [
            Identity(T.MailboxRestoreRequestId),
            DomainController,
            P("SuspendComment", T.String),
        ],
    }.Build();

    public static CmdletDefinition ResumeMailboxRestoreRequest { get; } = new CmdletSpec("Resume-MailboxRestoreRequest", CommandScope.ExchangeSession,
        "office-docs-powershell ExchangePowerShell/Resume-MailboxRestoreRequest.md @93336da")
    {
        Effect = CmdletEffect.Changes,
        Parameters =
        [
            Identity(T.MailboxRestoreRequestId),
            DomainController,
        ],
    }.Build();

    public static CmdletDefinition RemoveMailboxRestoreRequest { get; } = new CmdletSpec("Remove-MailboxRestoreRequest", CommandScope.ExchangeSession,
        "office-docs-powershell ExchangePowerShell/Remove-MailboxRestoreRequest.md @93336da"
            + "; confirms as Remove-* cmdlets do; default set Identity inferred")
    {
        Effect = CmdletEffect.ChangesAfterConfirming,
        Sets = ["Identity", "MigrationRequestQueue"],
        DefaultSet = "Identity",
        Parameters =
        [
            P("Identity", T.MailboxRestoreRequestId, In("Identity", Mandatory, Position(1)), FromPipeline),
            P("RequestGuid", T.Guid, In("MigrationRequestQueue", Mandatory)),
            P("RequestQueue", T.DatabaseId, In("MigrationRequestQueue", Mandatory)),
            DomainController,
            P("Force", T.Switch, In("Identity")),
        ],
    }.Build();

    public static CmdletDefinition GetMailboxRestoreRequestStatistics { get; } = new CmdletSpec("Get-MailboxRestoreRequestStatistics", CommandScope.ExchangeSession,
        "office-docs-powershell ExchangePowerShell/Get-MailboxRestoreRequestStatistics.md @93336da"
            + "; the cloud and Exchange 2010 (MRSInstance) sets left out; default set inferred")
    {
        Sets = ["IdentityOnPremises", "MigrationRequestQueue"],
        DefaultSet = "IdentityOnPremises",
        Parameters =
        [
            P("Identity", T.MailboxRestoreRequestId, In("IdentityOnPremises", Mandatory, Position(1)), FromPipeline),
            P("RequestQueue", T.DatabaseId, In("MigrationRequestQueue", Mandatory)),
            P("IncludeReport", T.Switch),
            P("RequestGuid", T.Guid, In("MigrationRequestQueue")),
            P("Diagnostic", T.Switch),
            P("DiagnosticArgument", T.String),
            DomainController,
            P("ReportOnly", T.Switch),
        ],
    }.Build();
}
