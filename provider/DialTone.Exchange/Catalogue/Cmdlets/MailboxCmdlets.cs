using DialTone.Exchange.Catalogue.Declaration;
using static DialTone.Exchange.Catalogue.Declaration.Declare;
using T = DialTone.Exchange.Catalogue.Types.ParameterTypes;

namespace DialTone.Exchange.Catalogue.Cmdlets;

/// <summary>The recipient cmdlets: mailboxes, their store statistics and store state.</summary>
internal static class MailboxCmdlets
{
    public static CmdletDefinition GetMailbox { get; } = new CmdletSpec("Get-Mailbox", CommandScope.ExchangeSession,
        "office-docs-powershell ExchangePowerShell/Get-Mailbox.md @93336da"
            + "; default set Identity inferred; MailboxPlanSet left out (Exchange Online only)")
    {
        Sets = ["AnrSet", "DatabaseSet", "Identity", "ServerSet"],
        DefaultSet = "Identity",
        Parameters =
        [
            P("Identity", T.MailboxId, In("Identity", Position(1)), FromPipeline),
            P("Anr", T.String, In("AnrSet")),
            P("Arbitration", T.Switch),
            P("Archive", T.Switch),
            P("AuditLog", T.Switch),
            P("AuxAuditLog", T.Switch),
            P("Credential", T.PSCredential),
            P("Database", T.DatabaseId, In("DatabaseSet"), FromPipeline),
            DomainController,
            P("Filter", T.String),
            P("GroupMailbox", T.Switch),
            P("IgnoreDefaultScope", T.Switch),
            P("Migration", T.Switch),
            P("Monitoring", T.Switch),
            P("OrganizationalUnit", T.Exchange("OrganizationalUnitIdParameter")),
            P("PublicFolder", T.Switch),
            P("ReadFromDomainController", T.Switch),
            P("RecipientTypeDetails", T.RecipientTypeDetailsArray),
            P("RemoteArchive", T.Switch),
            P("ResultSize", T.UnlimitedUInt32),
            P("Server", T.ServerId, In("ServerSet"), FromPipeline),
            P("SortBy", T.String),
            P("SupervisoryReviewPolicy", T.Switch),
        ],
    }.Build();

    public static CmdletDefinition GetMailboxStatistics { get; } = new CmdletSpec("Get-MailboxStatistics", CommandScope.ExchangeSession,
        "office-docs-powershell ExchangePowerShell/Get-MailboxStatistics.md @93336da"
            + "; default set Identity inferred")
    {
        Sets = ["Database", "Identity", "Server"],
        DefaultSet = "Identity",
        Parameters =
        [
            P("Identity", T.GeneralMailboxOrMailUserId, In("Identity", Mandatory, Position(1)), FromPipeline),
            P("StoreMailboxIdentity", T.StoreMailboxId, In("Database", Position(1)), FromPipeline),
            P("Archive", T.Switch, In("Identity")),
            P("CopyOnServer", T.ServerId, In("Database"), In("Identity")),
            P("Database", T.DatabaseId, In("Database", Mandatory), FromPipeline),
            DomainController,
            P("Filter", T.String, In("Database"), In("Server")),
            P("IncludeMoveHistory", T.Switch),
            P("IncludeMoveReport", T.Switch),
            P("IncludePassive", T.Switch, In("Server")),
            P("IncludeQuarantineDetails", T.Switch),
            P("NoADLookup", T.Switch),
            P("Server", T.ServerId, In("Server", Mandatory), FromPipeline),
        ],
    }.Build();

    public static CmdletDefinition UpdateStoreMailboxState { get; } = new CmdletSpec("Update-StoreMailboxState", CommandScope.ExchangeSession,
        "office-docs-powershell ExchangePowerShell/Update-StoreMailboxState.md @93336da"
            + "; confirmation inferred from the reference examples, which pass -Confirm:$false")
    {
        Effect = CmdletEffect.ChangesAfterConfirming,
        Parameters =
        [
            P("Database", T.DatabaseId, Mandatory),
            P("Identity", T.StoreMailboxId, Mandatory),
        ],
    }.Build();
}
