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
            var sent = x.Sql.Query("SELECT item_id FROM ledger WHERE origin = 'Sent'", r => r.GetInt64(0));
            var copies = x.Sql.Query("SELECT i.item_id, COUNT(*) FROM items i JOIN ledger l ON l.item_id = i.item_id " +
                                     "WHERE l.origin = 'Sent' GROUP BY i.item_id", r => (r.GetInt64(0), r.GetInt64(1)));
            Assert.Equal(executions, sent.Count);
            Assert.Equal(executions, copies.Count);
            Assert.All(copies, c => Assert.Equal(1, c.Item2));
            return 0;
        });
    }

    public void Dispose() => _lab.Dispose();
}
