using DialTone.Exchange;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Results;
using DialTone.Exchange.Values;

namespace DialTone.Lab.Driver;

/// <summary>Which of the documented defects of Microsoft's procedure to leave in (fact sheet §1.2, issue 8).</summary>
public sealed record ProcedureDefects(bool DefaultResultSizeAndNoSystemMailboxes = false, bool NoAllowFileRestore = false,
    bool MailboxObjectAsTarget = false);

/// <summary>
/// Microsoft's same-server dial tone recovery (fact sheet §1.2, 14 steps) as Exchange Management Shell commands, for
/// failed database DB01 on EX01, dial tone database DTDB1 and recovery database RDB1, with the three documented
/// defects corrected unless asked for: step 3 takes every mailbox (-ResultSize Unlimited, and the arbitration and audit
/// mailboxes), step 11 sets AllowFileRestore before the mount, step 13 names the target by GUID. Users act throughout
/// (<paramref name="usersAct"/> is told the phase: "before the failure", "during dial tone", "after the swap"), as they
/// would. Step 13 takes Exchange's default AssociatedMessagesCopyOption unless given one. Returns at the first pipeline
/// that fails, with its result.
/// </summary>
public sealed class DialToneProcedure(IExchangeShell shell, Action<TimeSpan> advanceClock, Action<string> usersAct)
{
    private const string MailboxFolder = @"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox";

    public async Task<PipelineResult?> RunAsync(ProcedureDefects defects, string? associatedMessagesCopyOption = null,
        CancellationToken cancellationToken = default)
    {
        usersAct("before the failure");
        Pipeline[][] before =
        [
            [Remote(New("New-Item").With("Path", @"E:\DB01Logs").With("ItemType", "Directory"))],
            [Remote(New("Copy-Item").With("Path", MailboxFolder + @"\DB01\E00*.log").With("Destination", @"E:\DB01Logs"))],
            [New("New-MailboxDatabase").With("Name", "DTDB1").With("Server", "EX01").With("EdbFilePath", @"D:\DialTone\DTDB1.EDB")],
            defects.DefaultResultSizeAndNoSystemMailboxes
                ? [New("Get-Mailbox").With("Database", "DB01").Pipe(New("Set-Mailbox").With("Database", "DTDB1"))]
                :
                [
                    New("Get-Mailbox").With("Database", "DB01").With("ResultSize", ExchangeValue.Unlimited).Pipe(New("Set-Mailbox").With("Database", "DTDB1")),
                    New("Get-Mailbox").With("Database", "DB01").WithSwitch("Arbitration").Pipe(New("Set-Mailbox").WithSwitch("Arbitration").With("Database", "DTDB1")),
                    New("Get-Mailbox").With("Database", "DB01").WithSwitch("AuditLog").Pipe(New("Set-Mailbox").WithSwitch("AuditLog").With("Database", "DTDB1")),
                ],
            [New("Mount-Database").With("Identity", "DTDB1")],
        ];
        if (await RunAll(before, cancellationToken) is { } failed)
        {
            return failed;
        }
        usersAct("during dial tone");
        Pipeline[][] restoreAndSwap =
        [
            [New("New-MailboxDatabase").WithSwitch("Recovery").With("Name", "RDB1").With("Server", "EX01")
                .With("EdbFilePath", @"E:\Databases\RDB1\DB01.EDB").With("LogFolderPath", @"E:\Databases\RDB1")],
            [New("Restore-LabBackup").With("Database", "DB01").With("Server", "EX01").With("Path", @"E:\Databases\RDB1")],
            [Remote(New("Copy-Item").With("Path", @"E:\DB01Logs\*").With("Destination", @"E:\Databases\RDB1"))],
            [New("Mount-Database").With("Identity", "RDB1")],
            [New("Dismount-Database").With("Identity", "RDB1").WithSwitch("Confirm", false)],
            [Remote(New("New-Item").With("Path", @"E:\Historical").With("ItemType", "Directory"))],
            [Remote(New("Move-Item").With("Path", @"E:\Databases\RDB1\*").With("Destination", @"E:\Historical"))],
            [New("Dismount-Database").With("Identity", "DTDB1").WithSwitch("Confirm", false)],
            [Remote(New("Move-Item").With("Path", @"D:\DialTone\DTDB1.EDB").With("Destination", @"E:\Databases\RDB1\DB01.EDB"))],
            [Remote(New("Move-Item").With("Path", MailboxFolder + @"\DTDB1\*").With("Destination", @"E:\Databases\RDB1"))],
            [Remote(New("Move-Item").With("Path", @"E:\Historical\DB01.EDB").With("Destination", @"D:\DialTone\DTDB1.EDB"))],
            [Remote(New("Move-Item").With("Path", @"E:\Historical\*").With("Destination", MailboxFolder + @"\DTDB1"))],
            defects.NoAllowFileRestore ? [] : [New("Set-MailboxDatabase").With("Identity", "DTDB1").With("AllowFileRestore", true)],
            [New("Mount-Database").With("Identity", "DTDB1")],
            [New("Mount-Database").With("Identity", "RDB1")],
        ];
        if (await RunAll(restoreAndSwap, cancellationToken) is { } swapFailed)
        {
            return swapFailed;
        }
        usersAct("after the swap");
        return await MergeAsync(defects.MailboxObjectAsTarget, associatedMessagesCopyOption, cancellationToken);
    }

    /// <summary>Steps 13 and 14: the merge, an hour for the MRS, then the clean-up. Run again after a crash, it merges again.</summary>
    public async Task<PipelineResult?> MergeAsync(bool mailboxObjectAsTarget = false, string? associatedMessagesCopyOption = null,
        CancellationToken cancellationToken = default)
    {
        if (await Merge(mailboxObjectAsTarget, associatedMessagesCopyOption, cancellationToken) is { } mergeFailed)
        {
            return mergeFailed;
        }
        advanceClock(TimeSpan.FromHours(1));
        return await RunAll(
        [
            [New("Get-MailboxRestoreRequest").With("Status", "Completed").With("ResultSize", ExchangeValue.Unlimited)
                .Pipe(New("Remove-MailboxRestoreRequest").WithSwitch("Confirm", false))],
            [New("Dismount-Database").With("Identity", "RDB1").WithSwitch("Confirm", false)],
            [New("Remove-MailboxDatabase").With("Identity", "RDB1").WithSwitch("Confirm", false)],
        ], cancellationToken);
    }

    /// <summary>
    /// Step 13: <c>$mailboxes = Get-Mailbox -Database DTDB1 -ResultSize Unlimited</c>, then one restore request per
    /// mailbox that has a store mailbox in RDB1 (users who got no mail during dial tone have none, fact sheet §1.2).
    /// </summary>
    private async Task<PipelineResult?> Merge(bool mailboxObjectAsTarget, string? associatedMessagesCopyOption, CancellationToken cancellationToken)
    {
        var mailboxes = await Single(New("Get-Mailbox").With("Database", "DTDB1").With("ResultSize", ExchangeValue.Unlimited), cancellationToken);
        var inRecovery = await Single(New("Get-MailboxStatistics").With("Database", "RDB1"), cancellationToken);
        if (!mailboxes.Succeeded || !inRecovery.Succeeded)
        {
            return mailboxes.Succeeded ? inRecovery : mailboxes;
        }
        var sources = inRecovery.OutputObjects.Select(s => s["MailboxGuid"]!.ToDisplayString()).ToHashSet();
        var requests = mailboxes.Objects.OfType<ObjectValue>()
            .Where(m => sources.Contains(m.Object["ExchangeGuid"]!.ToDisplayString()))
            .Select(m => (Pipeline)Request(m, mailboxObjectAsTarget, associatedMessagesCopyOption))
            .ToArray();
        var results = await shell.ExecuteAsync(Batch.Of(requests), cancellationToken);
        return results.Results.FirstOrDefault(r => !r.Succeeded);
    }

    private static ExchangeCommand Request(ObjectValue mailbox, bool mailboxObjectAsTarget, string? associatedMessagesCopyOption)
    {
        var guid = mailbox.Object["ExchangeGuid"]!.ToDisplayString();
        var request = New("New-MailboxRestoreRequest").With("SourceStoreMailbox", guid).With("SourceDatabase", "RDB1")
            .With("BatchName", "DialTone").With("TargetMailbox", mailboxObjectAsTarget ? mailbox : guid);
        return associatedMessagesCopyOption is null ? request : request.With("AssociatedMessagesCopyOption", associatedMessagesCopyOption);
    }

    private async Task<PipelineResult?> RunAll(Pipeline[][] steps, CancellationToken cancellationToken)
    {
        foreach (var step in steps.Where(s => s.Length > 0))
        {
            var result = await shell.ExecuteAsync(Batch.Sequence(step), cancellationToken);
            advanceClock(TimeSpan.FromMinutes(1));
            if (result.Results.FirstOrDefault(r => !r.Succeeded) is { } failed)
            {
                return failed;
            }
        }
        return null;
    }

    private async Task<PipelineResult> Single(ExchangeCommand command, CancellationToken cancellationToken) =>
        (await shell.ExecuteAsync(Batch.Of(command), cancellationToken)).Results.Single();

    private static ExchangeCommand New(string cmdlet) => new(cmdlet);

    private static ExchangeCommand Remote(ExchangeCommand command) =>
        New("Invoke-Command").With("ComputerName", "EX01").With("ScriptBlock", new ScriptBlockValue(command));
}
