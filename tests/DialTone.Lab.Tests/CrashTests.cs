using DialTone.Lab.Faults;
using DialTone.Lab.Init;
using DialTone.Lab.Integrity;
using DialTone.Lab.Journal;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Tests;

/// <summary>
/// The documented procedure run in another process and killed at every one of its mutating executions in turn: each
/// crashed lab must be exactly the lab a full run had one execution earlier (every execution whole or absent), so
/// verify reports only what the interrupted sequence explains. And the merge killed midway, then run again.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("dialtone-crash-");

    [Fact]
    public async Task A_crash_at_every_mutating_execution_of_the_procedure_leaves_the_lab_as_it_was_one_execution_before()
    {
        var basePath = BaseLab();
        var snapshots = _folder.CreateSubdirectory("after").FullName;
        var completed = await LabDriver.RunAsync(["procedure", Copy(basePath, "full")],
            new Dictionary<string, string?> { [CrashPoint.SnapshotsVariable] = snapshots });
        Assert.True(completed.ExitCode == 0, completed.StandardError);
        var executions = Directory.GetFiles(snapshots).Length;
        Assert.True(executions > 30, $"the procedure ran only {executions} mutating executions");

        var gate = new SemaphoreSlim(2);
        await Task.WhenAll(Enumerable.Range(1, executions).Select(async n =>
        {
            await gate.WaitAsync();
            try
            {
                await CheckCrashAt(basePath, n, n == 1 ? basePath : Path.Combine(snapshots, $"{n - 1}.db"));
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    [Fact]
    public async Task The_same_merge_started_twice_with_a_crash_between_never_duplicates_an_item_or_the_dial_tone_rule()
    {
        const string mapByClass = "MapByMessageClass";
        var basePath = BaseLab();
        var full = Copy(basePath, "full");
        var run = await LabDriver.RunAsync(["procedure", full, mapByClass]);
        Assert.True(run.ExitCode == 0, run.StandardError);
        var user0001 = UserGuid(full, "user0001");
        var requests = Executions(full).Select((e, i) => (e.Command, N: i + 1))
            .Where(e => e.Command.StartsWith("New-MailboxRestoreRequest", StringComparison.Ordinal)).ToList();
        var afterUser0001 = requests[requests.FindIndex(r => r.Command.Contains(user0001, StringComparison.OrdinalIgnoreCase)) + 1].N;

        var crashed = Copy(basePath, "crashed");
        var killed = await LabDriver.RunAsync(["procedure", crashed, mapByClass],
            new Dictionary<string, string?> { [CrashPoint.EnvironmentVariable] = afterUser0001.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var again = await LabDriver.RunAsync(["merge", crashed, mapByClass]);

        Assert.NotEqual(0, killed.ExitCode);
        Assert.True(again.ExitCode == 0, again.StandardError);
        using var lab = Lab.Open(crashed);
        var report = lab.Read(Verifier.Run);
        Assert.True(report.Passed, string.Join('\n', report.Findings.Select(f => f.Describe())));
        Assert.Equal(2, Executions(crashed).Count(e => e.Command.StartsWith("New-MailboxRestoreRequest", StringComparison.Ordinal)
                                                     && e.Command.Contains(user0001, StringComparison.OrdinalIgnoreCase)));
        Assert.True(DialToneRuleIsHome(lab), "the rule user0001 set up during dial tone is not in its home database");
    }

    private async Task CheckCrashAt(string basePath, int n, string expectedPath)
    {
        var crashed = Copy(basePath, $"crash{n}");
        var run = await LabDriver.RunAsync(["procedure", crashed],
            new Dictionary<string, string?> { [CrashPoint.EnvironmentVariable] = n.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.True(run.ExitCode != 0, $"the driver did not die at execution {n}");

        using var crashedLab = Lab.Open(crashed);
        using var expectedLab = Lab.Open(expectedPath);
        Assert.Equal("ok", crashedLab.Read(x => x.Sql.Scalar<string>("PRAGMA integrity_check")));
        Assert.Equal(n - 1, Executions(crashed).Count);
        Assert.True(TestLab.DigestOf(expectedLab) == TestLab.DigestOf(crashedLab), $"the lab crashed at execution {n} differs from the lab after {n - 1}");
        Assert.Equal(expectedLab.Read(Verifier.Run).Findings, crashedLab.Read(Verifier.Run).Findings);
    }

    /// <summary>
    /// A lab whose DB01 has failed with its logs surviving, mail having arrived since the last backup. DB01 homes
    /// user0001 and user0005 (init spreads users over the databases in turn), so step 13 has a request after user0001's.
    /// </summary>
    private string BaseLab()
    {
        var path = Path.Combine(_folder.FullName, "base.db");
        var options = new LabOptions { Clock = new DialTone.Lab.Driver.SteppedClock(DialTone.Lab.Driver.ProcedureRun.Start.AddHours(-1)) };
        LabInitializer.Initialize(path, new InitOptions { Servers = 2, Databases = 4, Mailboxes = 5, Items = 2, MrsRate = 5 }, labOptions: options);
        using var lab = Lab.Open(path, options);
        Mailer.Send(lab, null, 1);
        lab.Mutate("fail database DB01 --keep-logs", "DB01", x =>
        {
            Failures.FailDatabase(x, "DB01", keepLogs: true);
            return 0;
        });
        return path;
    }

    /// <summary>The executions the driver committed, in order.</summary>
    private static List<JournalEntry> Executions(string path)
    {
        using var lab = Lab.Open(path);
        return lab.Read(x => JournalBook.List(x)).Where(e => e.Who == "procedure" && e.Result == JournalEntry.Succeeded).ToList();
    }

    private static string UserGuid(string path, string alias)
    {
        using var lab = Lab.Open(path);
        return lab.Read(x => MailboxDirectory.Find(x, alias, Mailbox.AnyType)).ExchangeGuid.ToString();
    }

    private static bool DialToneRuleIsHome(Lab lab) => lab.Read(x => x.Sql.Scalar<long>(
        "SELECT COUNT(*) FROM ledger l JOIN mailboxes m ON m.exchange_guid = l.owner_guid JOIN databases d ON d.guid = m.database_guid " +
        "JOIN items i ON i.item_id = l.item_id AND i.edb_id = d.mounted_edb AND i.mailbox_guid = m.exchange_guid " +
        "WHERE m.alias = 'user0001' AND l.origin = $created", new Store.Arg("$created", LedgerItem.Created)) == 1);

    private string Copy(string basePath, string name)
    {
        var path = Path.Combine(_folder.FullName, name + ".db");
        File.Copy(basePath, path);
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
