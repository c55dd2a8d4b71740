using DialTone.Exchange.Catalogue;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Tests;

/// <summary>
/// Microsoft's same-server dial tone recovery (fact sheet §1.2), with its three documented defects corrected,
/// written as DialTone's commands: every step binds through the catalogue. (Running it is the lab's test.)
/// </summary>
public sealed class DocumentedProcedureTests
{
    private static ExchangeCommand On(string server, ExchangeCommand fileWork) =>
        new ExchangeCommand("Invoke-Command").With("ComputerName", server).With("ScriptBlock", new ScriptBlockValue(fileWork));

    private static readonly Dictionary<string, Pipeline> Procedure = new()
    {
        { "2 create the dial tone database", new ExchangeCommand("New-MailboxDatabase").With("Name", "DTDB1").With("Server", "EX01")
            .With("EdbFilePath", @"D:\DialTone\DTDB1.EDB").With("LogFolderPath", @"D:\DialTone") },
        { "3 re-home all user mailboxes", new ExchangeCommand("Get-Mailbox").With("Database", "DB1").With("ResultSize", "Unlimited")
            .Pipe(new ExchangeCommand("Set-Mailbox").With("Database", "DTDB1")) },
        { "3 re-home the arbitration mailboxes", new ExchangeCommand("Get-Mailbox").With("Database", "DB1").WithSwitch("Arbitration")
            .With("ResultSize", "Unlimited").Pipe(new ExchangeCommand("Set-Mailbox").WithSwitch("Arbitration").With("Database", "DTDB1")) },
        { "4 mount the dial tone database", new ExchangeCommand("Mount-Database").With("Identity", "DTDB1") },
        { "5 create the recovery database", new ExchangeCommand("New-MailboxDatabase").WithSwitch("Recovery").With("Name", "RDB1")
            .With("Server", "EX01").With("EdbFilePath", @"E:\Databases\RDB1\DB1.EDB").With("LogFolderPath", @"E:\Databases\RDB1") },
        { "5 restore the backup (lab)", new ExchangeCommand("Restore-LabBackup").With("Database", "DB1").With("Server", "EX01")
            .With("Path", @"E:\Databases\RDB1") },
        { "6 copy the surviving logs", On("EX01", new ExchangeCommand("Copy-Item").With("Path", @"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB1\E00*.log")
            .With("Destination", @"E:\Databases\RDB1")) },
        { "7 mount the recovery database", new ExchangeCommand("Mount-Database").With("Identity", "RDB1") },
        { "7 dismount it", new ExchangeCommand("Dismount-Database").With("Identity", "RDB1").WithSwitch("Confirm", false) },
        { "7 check clean shutdown", On("EX01", new ExchangeCommand("eseutil").With("mh", @"E:\Databases\RDB1\DB1.EDB")) },
        { "7 soft recovery instead", On("EX01", new ExchangeCommand("eseutil").With("r", "E00").With("l", @"E:\Databases\RDB1")
            .With("d", @"E:\Databases\RDB1").WithSwitch("i")) },
        { "8 set aside the historical files", On("EX01", new ExchangeCommand("New-Item").With("ItemType", "Directory").With("Path", @"E:\Historical")) },
        { "8 move them", On("EX01", new ExchangeCommand("Move-Item").With("Path", @"E:\Databases\RDB1\*").With("Destination", @"E:\Historical")) },
        { "9 dismount the dial tone database", new ExchangeCommand("Dismount-Database").With("Identity", "DTDB1").WithSwitch("Confirm", false) },
        { "10 move the dial tone files", On("EX01", new ExchangeCommand("Move-Item").With("Path", @"D:\DialTone\*").With("Destination", @"E:\Databases\RDB1")) },
        { "10 rename the dial tone database file", On("EX01", new ExchangeCommand("Rename-Item").With("Path", @"E:\Databases\RDB1\DTDB1.EDB").With("NewName", "DB1.EDB")) },
        { "11 move the historical files", On("EX01", new ExchangeCommand("Move-Item").With("Path", @"E:\Historical\*").With("Destination", @"D:\DialTone")) },
        { "11 rename the historical file", On("EX01", new ExchangeCommand("Rename-Item").With("Path", @"D:\DialTone\DB1.EDB").With("NewName", "DTDB1.EDB")) },
        { "11 allow the file restore", new ExchangeCommand("Set-MailboxDatabase").With("Identity", "DTDB1").With("AllowFileRestore", true) },
        { "11 mount the dial tone database", new ExchangeCommand("Mount-Database").With("Identity", "DTDB1") },
        { "12 mount the recovery database", new ExchangeCommand("Mount-Database").With("Identity", "RDB1") },
        { "13 list the dial tone mailboxes", new ExchangeCommand("Get-Mailbox").With("Database", "DTDB1").With("ResultSize", "Unlimited") },
        { "13 merge one mailbox by GUID", new ExchangeCommand("New-MailboxRestoreRequest")
            .With("SourceStoreMailbox", Guid.Parse("1d20855f-fd54-4681-98e6-e249f7326ddd")).With("SourceDatabase", "RDB1")
            .With("TargetMailbox", "1d20855f-fd54-4681-98e6-e249f7326ddd").With("BatchName", "DialTone") },
        { "14 check the merge", new ExchangeCommand("Get-MailboxRestoreRequest").With("BatchName", "DialTone").With("ResultSize", "Unlimited") },
        { "14 remove completed requests", new ExchangeCommand("Get-MailboxRestoreRequest").With("Status", "Completed")
            .Pipe(new ExchangeCommand("Remove-MailboxRestoreRequest").WithSwitch("Confirm", false)) },
        { "14 dismount the recovery database", new ExchangeCommand("Dismount-Database").With("Identity", "RDB1").WithSwitch("Confirm", false) },
        { "14 remove it", new ExchangeCommand("Remove-MailboxDatabase").With("Identity", "RDB1").WithSwitch("Confirm", false) },
        { "14 delete its files", On("EX01", new ExchangeCommand("Remove-Item").With("Path", @"E:\Databases\RDB1").WithSwitch("Recurse")) },
        { "portability: copy to another server's share", On("EX01", new ExchangeCommand("Copy-Item").With("Path", @"E:\Databases\RDB1\*")
            .With("Destination", @"\\EX02\E$\RDB1")) },
        { "check a file is there", On("EX02", new ExchangeCommand("Test-Path").With("Path", @"E:\RDB1\DB1.EDB")) },
    };

    public static TheoryData<string> Steps => new(Procedure.Keys);

    [Theory]
    [MemberData(nameof(Steps))]
    public void Every_step_of_the_corrected_procedure_binds_and_runs_without_a_prompt(string step)
    {
        var pipeline = Procedure[step];
        for (var i = 0; i < pipeline.Commands.Count; i++)
        {
            var result = CmdletCatalogue.Default.Bind(pipeline.Commands[i], expectsPipelineInput: i > 0);

            Assert.True(result.Succeeded, $"{step}: {result.Error?.Message}");
            Assert.False(result.Command!.AsksForConfirmation, step);
        }
    }
}
