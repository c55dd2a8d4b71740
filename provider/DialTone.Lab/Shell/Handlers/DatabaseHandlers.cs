using DialTone.Exchange.Values;
using DialTone.Lab.Cmdlets;
using DialTone.Lab.Disks;
using DialTone.Lab.Organization;
using DialTone.Lab.Shell.Shapes;

namespace DialTone.Lab.Shell.Handlers;

/// <summary>Get-ExchangeServer and the mailbox database cmdlets.</summary>
internal static class DatabaseHandlers
{
    public static IEnumerable<Handler> All =>
    [
        Handler.Of("Get-ExchangeServer", ["Identity", "Status"], (x, c) =>
            (c.Text("Identity") is { } id ? [ServerDirectory.Find(x, id)] : ServerDirectory.All(x)).Select(DirectoryShapes.Server).ToList<ExchangeValue>()),

        Handler.Of("Get-MailboxDatabase", ["Identity", "Server", "Status"], (x, c) =>
            DatabaseCmdlets.Get(x, c.Text("Identity"), c.Text("Server")).Select(d => Shape(x, d, c.Switch("Status"))).ToList<ExchangeValue>()),

        Handler.Of("New-MailboxDatabase", ["Name", "Recovery", "Server", "EdbFilePath", "LogFolderPath", "IsExcludedFromProvisioning", "IsSuspendedFromProvisioning"],
            (x, c) => [Shape(x, DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs(c.Text("Name"), c.Required("Server"), c.Switch("Recovery"),
                c.Text("EdbFilePath"), c.Text("LogFolderPath"), c.Flag("IsExcludedFromProvisioning"), c.Flag("IsSuspendedFromProvisioning"))), false)]),

        Handler.Of("Set-MailboxDatabase", ["Identity", "Name", "AllowFileRestore", "CircularLoggingEnabled", "MountAtStartup", "IsExcludedFromProvisioning", "IsSuspendedFromProvisioning"],
            (x, c) =>
            {
                DatabaseCmdlets.Set(x, new SetMailboxDatabaseArgs(c.Required("Identity"), c.Text("Name"), c.Flag("AllowFileRestore"),
                    c.Flag("CircularLoggingEnabled"), c.Flag("MountAtStartup"), c.Flag("IsExcludedFromProvisioning"), c.Flag("IsSuspendedFromProvisioning")));
                return [];
            }),

        Handler.Of("Remove-MailboxDatabase", ["Identity"], (x, c) =>
        {
            DatabaseCmdlets.Remove(x, c.Required("Identity"));
            return [];
        }),

        Handler.Of("Mount-Database", ["Identity", "Force", "AcceptDataLoss"], (x, c) =>
        {
            MountCmdlets.Mount(x, c.Required("Identity"), c.Switch("Force"), c.Switch("AcceptDataLoss"));
            return [];
        }),

        Handler.Of("Dismount-Database", ["Identity"], (x, c) =>
        {
            MountCmdlets.Dismount(x, c.Required("Identity"));
            return [];
        }),

        Handler.Of("Move-DatabasePath", ["Identity", "EDBFilePath", "LogFolderPath", "ConfigurationOnly", "Force"], (x, c) =>
        {
            MountCmdlets.MovePath(x, new MoveDatabasePathArgs(c.Required("Identity"), c.Text("EDBFilePath"), c.Text("LogFolderPath"),
                c.Switch("ConfigurationOnly"), c.Switch("Force")));
            return [];
        }),
    ];

    private static ObjectValue Shape(Execution execution, MailboxDatabase database, bool status) =>
        DirectoryShapes.Database(database, status, status && database.MountedEdb is { } edb ? EdbFiles.Size(execution, edb) : 0);
}
