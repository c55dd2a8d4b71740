using DialTone.Exchange.Catalogue.Binding;
using DialTone.Exchange.Values;
using DialTone.Lab.Cmdlets;
using DialTone.Lab.Organization;
using DialTone.Lab.Shell.Shapes;

namespace DialTone.Lab.Shell.Handlers;

/// <summary>Get-Mailbox, Set-Mailbox, Get-MailboxStatistics and Update-StoreMailboxState.</summary>
internal static class RecipientHandlers
{
    public static IEnumerable<Handler> All =>
    [
        Handler.Of("Get-Mailbox", ["Identity", "Database", "Server", "ResultSize", "Arbitration", "AuditLog", "Monitoring"], (x, c) =>
        {
            var (given, size) = c.Limit("ResultSize");
            var mailboxes = MailboxCmdlets.Get(x, new GetMailboxArgs(c.Text("Identity"), c.Text("Database"), c.Text("Server"), Switches(c),
                given ? size : GetMailboxArgs.DefaultResultSize, given));
            var databases = DatabaseDirectory.All(x).ToDictionary(d => d.Guid);
            return mailboxes.Select(m => DirectoryShapes.Mailbox(m, databases.GetValueOrDefault(m.Database)?.Name,
                databases.GetValueOrDefault(m.Database)?.Server)).ToList<ExchangeValue>();
        }),

        Handler.Of("Set-Mailbox", ["Identity", "Database", "Arbitration", "AuditLog", "Force"], (x, c) =>
        {
            MailboxCmdlets.Set(x, new SetMailboxArgs(c.Required("Identity"), c.Text("Database"), Switches(c)));
            return [];
        }),

        Handler.Of("Get-MailboxStatistics", ["Identity", "Database", "Server", "StoreMailboxIdentity"], (x, c) =>
            StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs(c.Text("Identity"), c.Text("Database"), c.Text("Server"),
                c.Text("StoreMailboxIdentity"))).Select(StoreShapes.Statistics).ToList<ExchangeValue>()),

        Handler.Of("Update-StoreMailboxState", ["Database", "Identity"], (x, c) =>
        {
            StoreCmdlets.UpdateState(x, c.Required("Database"), c.Required("Identity"));
            return [];
        }),
    ];

    private static TypeSwitches Switches(BoundCommand command) =>
        new(command.Switch("Arbitration"), command.Switch("AuditLog"), command.Switch("Monitoring"));
}
