using System.Diagnostics;
using DialTone.Exchange.Commands;
using DialTone.Lab;
using DialTone.Lab.Cmdlets;
using DialTone.Lab.Init;
using DialTone.Lab.Organization;
using DialTone.Lab.Shell;

// The lab's performance targets, measured and printed (never asserted by a unit test):
//   init of 10,000 mailboxes with 20 items each        target < 30 s
//   re-home of 10,000 mailboxes in one batch            target < 2 s
var folder = Directory.CreateTempSubdirectory("dialtone-bench-");
try
{
    var path = Path.Combine(folder.FullName, "lab.db");
    var watch = Stopwatch.StartNew();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var summary = LabInitializer.Initialize(path, new InitOptions { Servers = 2, Databases = 4, Mailboxes = 10_000, Items = 20 });
    Report($"init: {summary.Mailboxes} mailboxes, {summary.Items} items, {summary.Backups} backups", watch.Elapsed, ref cpu, TimeSpan.FromSeconds(30));

    using var shell = LabShell.Open(path);
    var users = shell.Lab.Read(x => MailboxCmdlets.Get(x, new GetMailboxArgs(ResultSize: null, ResultSizeGiven: true)))
        .Where(m => m.Type == RecipientType.UserMailbox).Take(10_000).Select(m => m.Alias).ToList();
    await shell.ExecuteAsync(Batch.Of(new ExchangeCommand("New-MailboxDatabase").With("Name", "DTDB1").With("Server", "EX01")
        .With("EdbFilePath", @"D:\DialTone\DTDB1.edb")));
    var rehome = Batch.Of(users.Select(alias =>
        (Pipeline)new ExchangeCommand("Set-Mailbox").With("Identity", alias).With("Database", "DTDB1")).ToArray());
    watch.Restart();
    cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var result = await shell.ExecuteAsync(rehome);
    Report($"re-home: one batch of {users.Count} Set-Mailbox commands through LabShell, one transaction each " +
           $"({result.Results.Count(r => r.Succeeded)} succeeded)", watch.Elapsed, ref cpu, TimeSpan.FromSeconds(2));
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    folder.Delete(recursive: true);
}

// Wall time is the figure the targets name; CPU time is printed too, because on a shared machine the wall time also
// counts the time other processes held the cores.
static void Report(string what, TimeSpan took, ref TimeSpan cpuBefore, TimeSpan target)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    Console.WriteLine($"{what}: {took.TotalSeconds:0.00} s wall, {cpu.TotalSeconds:0.00} s CPU (target < {target.TotalSeconds:0} s) " +
                      (took < target ? "OK" : "OVER TARGET"));
}
