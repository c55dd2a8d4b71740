using DialTone.Lab.Cmdlets;
using DialTone.Lab.Integrity;
using DialTone.Lab.Journal;
using DialTone.Lab.Mail;

namespace DialTone.Lab.Tests;

/// <summary>The journal, and the promise that commands which only look never change the lab.</summary>
public sealed class JournalAndReadTests : IDisposable
{
    private readonly TestLab _lab = new();

    [Fact]
    public void A_mutating_command_is_journaled_with_who_what_target_and_result()
    {
        _lab.Lab.Mutate("Set-Mailbox -Identity user0001 -Database DB02", "user0001",
            x => MailboxCmdlets.Set(x, new SetMailboxArgs("user0001", "DB02")));

        var entry = Assert.Single(_lab.Read(x => JournalBook.List(x)));
        Assert.Equal(("tester@lab", "Set-Mailbox -Identity user0001 -Database DB02", "user0001", "Succeeded", ""),
            (entry.Who, entry.Command, entry.Target, entry.Result, entry.Message));
        Assert.Equal(_lab.Clock.Now, entry.At);
    }

    [Fact]
    public void A_failed_command_is_journaled_with_its_error_and_changes_nothing_else()
    {
        var before = _lab.StateDigest();

        Assert.Throws<LabException>(() => _lab.Lab.Mutate("Set-Mailbox -Identity user0001 -Database DB99", "user0001",
            x => MailboxCmdlets.Set(x, new SetMailboxArgs("user0001", "DB99"))));

        var entry = Assert.Single(_lab.Read(x => JournalBook.List(x)));
        Assert.Equal(("Failed", "Couldn't find database \"DB99\". Make sure you have typed it correctly."), (entry.Result, entry.Message));
        Assert.Equal(before, _lab.StateDigest());
    }

    [Fact]
    public void Commands_that_only_look_never_write_not_even_to_the_journal()
    {
        Mailer.Send(_lab.Lab, "user0001", 1);
        var before = _lab.StateDigest();
        var journal = _lab.Read(x => JournalBook.List(x)).Count;

        _lab.Read(x => MailboxCmdlets.Get(x, new GetMailboxArgs()));
        _lab.Read(x => DatabaseCmdlets.Get(x, null, null));
        _lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs(Database: "DB01")));
        _lab.Read(Verifier.Run);

        Assert.Equal(before, _lab.StateDigest());
        Assert.Equal(journal, _lab.Read(x => JournalBook.List(x)).Count);
    }

    [Fact]
    public void A_read_only_execution_that_tries_to_write_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => _lab.Read(x => MailboxCmdlets.Set(x, new SetMailboxArgs("user0001", "DB02"))));
    }

    [Fact]
    public void Journal_lists_the_last_entries_in_order()
    {
        Mailer.Send(_lab.Lab, "user0001", 5);

        var last = _lab.Read(x => JournalBook.List(x, last: 2));

        Assert.Equal([4L, 5L], last.Select(e => e.Sequence));
    }

    public void Dispose() => _lab.Dispose();
}
