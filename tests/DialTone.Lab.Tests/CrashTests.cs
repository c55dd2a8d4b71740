using DialTone.Lab.Faults;
using DialTone.Lab.Init;
using DialTone.Lab.Journal;
using DialTone.Lab.Mail;
using DialTone.Testing;

namespace DialTone.Lab.Tests;

/// <summary>
/// The documented procedure run in another process and killed at every one of its mutating executions in turn: each
/// crashed lab must be exactly the lab that stops cleanly one execution earlier (every execution whole or absent), so
/// verify reports only what the interrupted sequence explains.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("dialtone-crash-");

    [Fact]
    public async Task A_crash_at_every_mutating_execution_of_the_procedure_leaves_the_lab_as_it_was_one_execution_before()
    {
        var basePath = BaseLab();
        var full = Copy(basePath, "full");
        var completed = await Driver(full);
        Assert.True(completed.ExitCode == 0, completed.StandardError);
        var executions = ProcedureExecutions(full);
        Assert.True(executions > 30, $"the procedure ran only {executions} mutating executions");

        var gate = new SemaphoreSlim(2);
        await Task.WhenAll(Enumerable.Range(1, executions).Select(async n =>
        {
            await gate.WaitAsync();
            try
            {
                await CheckCrashAt(basePath, n);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    private async Task CheckCrashAt(string basePath, int n)
    {
        var crashed = Copy(basePath, $"crash{n}");
        var run = await Driver(crashed, new Dictionary<string, string?> { [CrashPoint.EnvironmentVariable] = n.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.True(run.ExitCode != 0, $"the driver did not die at execution {n}");

        var stopped = Copy(basePath, $"stop{n}");
        if (n > 1)
        {
            using (var lab = Lab.Open(stopped))
            {
                lab.Mutate("fail crash", "lab", x =>
                {
                    Failures.CrashAfter(x, n - 1);
                    return 0;
                });
            }
            Assert.True((await Driver(stopped)).ExitCode != 0, $"the driver did not stop after execution {n - 1}");
        }

        using var crashedLab = Lab.Open(crashed);
        using var stoppedLab = Lab.Open(stopped);
        Assert.Equal("ok", crashedLab.Read(x => x.Sql.Scalar<string>("PRAGMA integrity_check")));
        Assert.Equal(n - 1, ProcedureExecutions(crashedLab));
        Assert.True(TestLab.DigestOf(stoppedLab) == TestLab.DigestOf(crashedLab), $"the lab crashed at execution {n} differs from the lab stopped after {n - 1}");
        Assert.Equal(crashedLab.Read(Integrity.Verifier.Run).Findings, stoppedLab.Read(Integrity.Verifier.Run).Findings);
    }

    /// <summary>A lab whose DB01 has failed with its logs surviving, mail having arrived since the last backup.</summary>
    private string BaseLab()
    {
        var path = Path.Combine(_folder.FullName, "base.db");
        var options = new LabOptions { Clock = new DialTone.Lab.Driver.SteppedClock(DialTone.Lab.Driver.ProcedureRun.Start.AddHours(-1)) };
        LabInitializer.Initialize(path, new InitOptions { Servers = 2, Databases = 4, Mailboxes = 8, Items = 2, MrsRate = 5 }, labOptions: options);
        using var lab = Lab.Open(path, options);
        Mailer.Send(lab, null, 1);
        lab.Mutate("fail database DB01 --keep-logs", "DB01", x =>
        {
            Failures.FailDatabase(x, "DB01", keepLogs: true);
            return 0;
        });
        return path;
    }

    private static int ProcedureExecutions(string path)
    {
        using var lab = Lab.Open(path);
        return ProcedureExecutions(lab);
    }

    private static int ProcedureExecutions(Lab lab) =>
        lab.Read(x => JournalBook.List(x)).Count(e => e.Who == "procedure" && e.Result == JournalEntry.Succeeded);

    private string Copy(string basePath, string name)
    {
        var path = Path.Combine(_folder.FullName, name + ".db");
        File.Copy(basePath, path);
        return path;
    }

    private static Task<ProcessResult> Driver(string lab, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory);
        var dll = Path.Combine(Repository.Root, "tests", "DialTone.Lab.Driver", "bin", framework.Parent!.Name, framework.Name, "DialTone.Lab.Driver.dll");
        return ProcessRun.RunAsync("dotnet", [dll, "procedure", lab], environment: environment, timeout: TimeSpan.FromMinutes(2));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
