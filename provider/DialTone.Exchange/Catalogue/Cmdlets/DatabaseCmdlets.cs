using DialTone.Exchange.Catalogue.Declaration;
using static DialTone.Exchange.Catalogue.Declaration.Declare;
using T = DialTone.Exchange.Catalogue.Types.ParameterTypes;

namespace DialTone.Exchange.Catalogue.Cmdlets;

/// <summary>The mailbox database cmdlets: the directory objects, their mounting and their paths.</summary>
internal static class DatabaseCmdlets
{
    public static CmdletDefinition GetMailboxDatabase { get; } = new CmdletSpec("Get-MailboxDatabase", CommandScope.ExchangeSession,
        "office-docs-powershell ExchangePowerShell/Get-MailboxDatabase.md @93336da"
            + "; default set Identity inferred (the cmdlet runs with no parameters)")
    {
        Sets = ["Server", "Identity"],
        DefaultSet = "Identity",
        Parameters =
        [
            P("Identity", T.DatabaseId, In("Identity", Position(1)), FromPipeline),
            P("Server", T.ServerId, In("Server", Mandatory), FromPipeline),
            DomainController,
            P("DumpsterStatistics", T.Switch),
            P("IncludeCorrupted", T.Switch),
            P("IncludePreExchange2013", T.Switch),
            P("Status", T.Switch),
        ],
    }.Build();

    public static CmdletDefinition NewMailboxDatabase { get; } = new CmdletSpec("New-MailboxDatabase", CommandScope.ExchangeSession,
        "office-docs-powershell ExchangePowerShell/New-MailboxDatabase.md @93336da; mandatory flags per set from the 2018 reference "
            + "exchange/mailbox-databases-and-servers/New-MailboxDatabase.md @0ef1916 (its per-set tables: -Name mandatory in NonRecovery only, "
            + "-Recovery mandatory in Recovery); default set NonRecovery inferred: the shell prompts for -Server")
    {
        Effect = CmdletEffect.Changes,
        Sets = ["NonRecovery", "Recovery"],
        DefaultSet = "NonRecovery",
        Parameters =
        [
            P("Name", T.String, In("NonRecovery", Mandatory, Position(1)), In("Recovery", Position(1))),
            P("Recovery", T.Switch, In("Recovery", Mandatory)),
            P("Server", T.ServerId, Mandatory, FromPipeline),
            P("AutoDagExcludeFromMonitoring", T.Boolean, In("NonRecovery")),
            DomainController,
            P("EdbFilePath", T.EdbFilePath),
            P("IsExcludedFromInitialProvisioning", T.Switch, In("NonRecovery")),
            P("IsExcludedFromProvisioning", T.Boolean, In("NonRecovery")),
            P("IsSuspendedFromProvisioning", T.Boolean, In("NonRecovery")),
            P("LogFolderPath", T.NonRootLocalLongFullPath),
            P("OfflineAddressBook", T.Exchange("OfflineAddressBookIdParameter"), In("NonRecovery")),
            P("PublicFolderDatabase", T.DatabaseId, In("NonRecovery")),
            P("SkipDatabaseLogFolderCreation", T.Switch),
        ],
    }.Build();

    public static CmdletDefinition SetMailboxDatabase { get; } = new CmdletSpec("Set-MailboxDatabase", CommandScope.ExchangeSession,
        "office-docs-powershell ExchangePowerShell/Set-MailboxDatabase.md @93336da")
    {
        Effect = CmdletEffect.Changes,
        Parameters =
        [
            Identity(T.DatabaseId),
            P("AllowFileRestore", T.Boolean),
            P("AutoDagExcludeFromMonitoring", T.Boolean),
            P("AutoDatabaseMountDial", T.Exchange("AutoDatabaseMountDial")),
            P("BackgroundDatabaseMaintenance", T.Boolean),
            P("CalendarLoggingQuota", T.UnlimitedByteQuantifiedSize),
            P("CircularLoggingEnabled", T.Boolean),
            P("DatabaseGroup", T.String),
            P("DataMoveReplicationConstraint", T.Exchange("DataMoveReplicationConstraintParameter")),
            P("DeletedItemRetention", T.EnhancedTimeSpan),
            DomainController,
            P("EventHistoryRetentionPeriod", T.EnhancedTimeSpan),
            P("IndexEnabled", T.Boolean),
            P("IsExcludedFromInitialProvisioning", T.Boolean),
            P("IsExcludedFromProvisioning", T.Boolean),
            P("IsExcludedFromProvisioningByOperator", T.Boolean),
            P("IsExcludedFromProvisioningDueToLogicalCorruption", T.Boolean),
            P("IsExcludedFromProvisioningReason", T.String),
            P("IssueWarningQuota", T.UnlimitedByteQuantifiedSize),
            P("IsSuspendedFromProvisioning", T.Boolean),
            P("JournalRecipient", T.Exchange("RecipientIdParameter")),
            P("MailboxRetention", T.EnhancedTimeSpan),
            P("MaintenanceSchedule", T.Exchange("Schedule")),
            P("MetaCacheDatabaseMaxCapacityInBytes", T.Int64),
            P("MountAtStartup", T.Boolean),
            P("Name", T.String),
            P("OfflineAddressBook", T.Exchange("OfflineAddressBookIdParameter")),
            P("ProhibitSendQuota", T.UnlimitedByteQuantifiedSize),
            P("ProhibitSendReceiveQuota", T.UnlimitedByteQuantifiedSize),
            P("PublicFolderDatabase", T.DatabaseId),
            P("QuotaNotificationSchedule", T.Exchange("Schedule")),
            P("RecoverableItemsQuota", T.UnlimitedByteQuantifiedSize),
            P("RecoverableItemsWarningQuota", T.UnlimitedByteQuantifiedSize),
            P("RetainDeletedItemsUntilBackup", T.Boolean),
        ],
    }.Build();

    public static CmdletDefinition RemoveMailboxDatabase { get; } = new CmdletSpec("Remove-MailboxDatabase", CommandScope.ExchangeSession,
        "office-docs-powershell ExchangePowerShell/Remove-MailboxDatabase.md @93336da"
            + "; confirms as the reference says Remove-* cmdlets do")
    {
        Effect = CmdletEffect.ChangesAfterConfirming,
        Parameters =
        [
            Identity(T.DatabaseId),
            DomainController,
        ],
    }.Build();

    public static CmdletDefinition MountDatabase { get; } = new CmdletSpec("Mount-Database", CommandScope.ExchangeSession,
        "office-docs-powershell ExchangePowerShell/Mount-Database.md @93336da")
    {
        Effect = CmdletEffect.Changes,
        Parameters =
        [
            Identity(T.DatabaseId),
            P("AcceptDataLoss", T.Switch),
            DomainController,
            P("Force", T.Switch),
            P("NewCapacity", T.Switch),
        ],
    }.Build();

    public static CmdletDefinition DismountDatabase { get; } = new CmdletSpec("Dismount-Database", CommandScope.ExchangeSession,
        "office-docs-powershell ExchangePowerShell/Dismount-Database.md @93336da"
            + "; its confirmation prompt is inferred")
    {
        Effect = CmdletEffect.ChangesAfterConfirming,
        Parameters =
        [
            Identity(T.DatabaseId),
            DomainController,
        ],
    }.Build();

    public static CmdletDefinition MoveDatabasePath { get; } = new CmdletSpec("Move-DatabasePath", CommandScope.ExchangeSession,
        "office-docs-powershell ExchangePowerShell/Move-DatabasePath.md @93336da"
            + "; confirms: \"This cmdlet has a built-in pause\"")
    {
        Effect = CmdletEffect.ChangesAfterConfirming,
        Parameters =
        [
            Identity(T.DatabaseId),
            P("ConfigurationOnly", T.Switch),
            DomainController,
            P("EDBFilePath", T.EdbFilePath),
            P("Force", T.Switch),
            P("LogFolderPath", T.NonRootLocalLongFullPath),
        ],
    }.Build();
}
