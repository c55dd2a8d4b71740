using System.Diagnostics;
using DialTone.Lab;
using DialTone.Lab.Cmdlets;
using DialTone.Lab.Init;
using DialTone.Lab.Organization;

// The lab's performance targets, measured and printed (never asserted by a unit test):
//   init of 10,000 mailboxes with 20 items each        target < 30 s
//   re-home of 10,000 mailboxes in one batch            target < 2 s
var folder = Directory.CreateTempSubdirectory("dialtone-bench-");
try
{
    var path = Path.Combine(folder.FullName, "lab.db");
    var watch = Stopwatch.StartNew();
    var summary = LabInitializer.Initialize(path, new InitOptions { Servers = 2, Databases = 4, Mailboxes = 10_000, Items = 20 });
    Report($"init: {summary.Mailboxes} mailboxes, {summary.Items} items, {summary.Backups} backups", watch.Elapsed, TimeSpan.FromSeconds(30));

    using var lab = Lab.Open(path);
    var users = lab.Read(x => MailboxCmdlets.Get(x, new GetMailboxArgs(ResultSize: null, ResultSizeGiven: true)))
        .Where(m => m.Type == RecipientType.UserMailbox).Take(10_000).Select(m => m.Alias).ToList();
    lab.Mutate("New-MailboxDatabase -Name DTDB1 -Server EX01", "DTDB1",
        x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DTDB1", "EX01", EdbFilePath: @"D:\DialTone\DTDB1.edb")));
    watch.Restart();
    foreach (var alias in users)
    {
        lab.Mutate($"Set-Mailbox -Identity {alias} -Database DTDB1", alias,
            x => MailboxCmdlets.Set(x, new SetMailboxArgs(alias, "DTDB1")));
    }
    Report($"re-home: {users.Count} Set-Mailbox executions, one transaction each", watch.Elapsed, TimeSpan.FromSeconds(2));
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    folder.Delete(recursive: true);
}

static void Report(string what, TimeSpan took, TimeSpan target) =>
    Console.WriteLine($"{what}: {took.TotalSeconds:0.00} s (target < {target.TotalSeconds:0} s) {(took < target ? "OK" : "OVER TARGET")}");
