using DialTone.Lab.Journal;

namespace DialTone.Lab.Tests;

/// <summary>Two processes share one lab: SQLite's WAL and busy timeout keep every execution whole or absent.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly TestLab _lab = new();

    [Fact]
    public async Task Two_processes_running_commands_for_30_seconds_leave_the_lab_consistent()
    {
        var ledgerBefore = _lab.Read(Integrity.Ledger.Count);

        var runs = await Task.WhenAll(
            LabDriver.RunAsync(["stress", _lab.Path, "30", "alpha"]),
            LabDriver.RunAsync(["stress", _lab.Path, "30", "beta"]));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.StandardError));
        var executions = runs.Sum(run => int.Parse(run.StandardOutput.Trim().Split('=')[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(executions > 100, $"only {executions} executions in 30 s");
        _lab.Read(x =>
        {
            Assert.Equal("ok", x.Sql.Scalar<string>("PRAGMA integrity_check"));
            var journal = JournalBook.List(x);
            Assert.Equal(executions, journal.Count(e => e.Result == JournalEntry.Succeeded));
            Assert.Equal(["alpha", "beta"], journal.Select(e => e.Who).Distinct().Order());
            Assert.Equal(ledgerBefore + executions, Integrity.Ledger.Count(x));
            // Each message is once in its mailbox, in the file of the database its execution re-homed the mailbox to.
            var fileOf = x.Sql.Query("SELECT name, mounted_edb FROM databases", r => (Name: r.GetString(0), Edb: r.GetInt64(1)))
                .ToDictionary(d => d.Name, d => d.Edb);
            var copies = x.Sql.Query(
                "SELECT l.subject, i.edb_id, i.mailbox_guid = l.owner_guid FROM ledger l JOIN items i ON i.item_id = l.item_id WHERE l.origin = 'Sent'",
                r => (Subject: r.GetString(0), Edb: r.GetInt64(1), OwnMailbox: r.GetBoolean(2)));
            Assert.Equal(executions, x.Sql.Scalar<long>("SELECT COUNT(*) FROM ledger WHERE origin = 'Sent'"));
            Assert.Equal(executions, copies.Count);
            Assert.All(copies, c => Assert.True(c.OwnMailbox && c.Edb == fileOf[c.Subject[(c.Subject.LastIndexOf(' ') + 1)..]], c.Subject));
            return 0;
        });
    }

    public void Dispose() => _lab.Dispose();
}
