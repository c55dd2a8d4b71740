using DialTone.Lab.Cmdlets;
using DialTone.Lab.Disks;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Tests;

/// <summary>Store mailboxes and mail delivery (fact sheet §1.2 step 4, §2.3, §2.5, §3.2, §3.3).</summary>
public sealed class StoreAndDeliveryTests : IDisposable
{
    private readonly TestLab _lab = new();

    [Fact]
    public void Store_mailbox_is_created_on_first_delivery()
    {
        _lab.Mutate(x => MailboxCmdlets.Set(x, new SetMailboxArgs("user0001", "DB02")));
        Assert.Empty(_lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs("user0001"))));

        Mailer.Send(_lab.Lab, "user0001", 2);

        var stats = _lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs("user0001")).Single());
        Assert.Equal("DB02", stats.Database);
        Assert.Equal(2, stats.Store.ItemCount);
        Assert.Equal(0, stats.Store.AssociatedItemCount);
    }

    [Fact]
    public void Store_mailbox_is_created_on_first_logon_when_the_user_sets_up_a_rule()
    {
        _lab.Mutate(x => MailboxCmdlets.Set(x, new SetMailboxArgs("user0001", "DB02")));
        Assert.Empty(_lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs("user0001"))));

        ClientActivity.CreateRule(_lab.Lab, "user0001", "Move newsletters");

        var stats = _lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs("user0001")).Single());
        Assert.Equal(("DB02", 0, 1), (stats.Database, stats.Store.ItemCount, stats.Store.AssociatedItemCount));
    }

    [Fact]
    public void Seeded_mailboxes_hold_their_rules_and_views_as_associated_items()
    {
        var stats = _lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs("user0002")).Single());

        Assert.Equal(3, stats.Store.ItemCount);
        Assert.Equal(2, stats.Store.AssociatedItemCount);
    }

    [Fact]
    public void Get_mailbox_statistics_of_a_dismounted_database_fails()
    {
        _lab.Mutate(x => Mounting.Dismount(x, DatabaseDirectory.Find(x, "DB02")));

        var error = Assert.Throws<LabException>(() => _lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs(Database: "DB02"))));

        Assert.Equal("Couldn't connect to mailbox database 'DB02' on server 'EX02' because it isn't mounted. " +
                     "MapiExceptionMdbOffline: Unable to get mailbox statistics. (hr=0x80004005, ec=1142)", error.Message);
    }

    [Fact]
    public void Update_store_mailbox_state_disconnects_a_store_mailbox_whose_user_is_homed_elsewhere()
    {
        var guid = _lab.Read(x => MailboxDirectory.Find(x, "user0001", Mailbox.AnyType).ExchangeGuid);
        _lab.Mutate(x => MailboxCmdlets.Set(x, new SetMailboxArgs("user0001", "DB02")));

        _lab.Mutate(x => StoreCmdlets.UpdateState(x, "DB01", guid.ToString()));

        var row = _lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs(Database: "DB01", StoreMailboxIdentity: guid.ToString())).Single());
        Assert.Equal("Disabled", row.Store.DisconnectReason);
    }

    [Theory]
    [InlineData("guid")]
    [InlineData("legacyDN")]
    [InlineData("displayName")]
    public void A_store_mailbox_is_named_by_its_mailbox_guid_legacy_dn_or_display_name(string form)
    {
        var mailbox = _lab.Read(x => MailboxDirectory.Find(x, "user0001", Mailbox.AnyType));
        var identity = form switch
        {
            "guid" => mailbox.ExchangeGuid.ToString(),
            "legacyDN" => mailbox.LegacyExchangeDN,
            _ => mailbox.DisplayName,
        };

        var row = _lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs(Database: "DB01", StoreMailboxIdentity: identity)).Single());

        Assert.Equal(mailbox.ExchangeGuid, row.Store.MailboxGuid);
    }

    [Fact]
    public void Update_store_mailbox_state_for_a_guid_the_database_does_not_hold_fails()
    {
        var guid = Guid.NewGuid().ToString();
        _lab.AssertFailsUnchanged(x => StoreCmdlets.UpdateState(x, "DB01", guid),
            $"The mailbox '{guid}' couldn't be found in mailbox database 'DB01'.");
    }

    [Fact]
    public void Mail_to_a_mailbox_on_a_dismounted_database_waits_in_the_queue()
    {
        _lab.Mutate(x => Mounting.Dismount(x, DatabaseDirectory.Find(x, "DB01")));

        var outcome = Assert.Single(Mailer.Send(_lab.Lab, "user0001", 1));

        Assert.False(outcome.Delivered);
        Assert.Equal("DB01 is not mounted", outcome.QueuedBecause);
        Assert.Single(_lab.Read(TransportQueue.All));
    }

    [Fact]
    public void Queued_mail_is_delivered_when_the_database_is_mounted_again()
    {
        _lab.Mutate(x => Mounting.Dismount(x, DatabaseDirectory.Find(x, "DB01")));
        var outcome = Mailer.Send(_lab.Lab, "user0001", 3);

        _lab.Mutate(x => Mounting.Mount(x, DatabaseDirectory.Find(x, "DB01")));

        Assert.Empty(_lab.Read(TransportQueue.All));
        Assert.Equal(3 + 3, _lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs("user0001")).Single().Store.ItemCount));
        Assert.All(outcome, o => Assert.False(o.Delivered));
    }

    [Fact]
    public void Queued_mail_is_delivered_when_the_mailbox_is_rehomed_on_a_mounted_database()
    {
        _lab.Mutate(x => Mounting.Dismount(x, DatabaseDirectory.Find(x, "DB01")));
        Mailer.Send(_lab.Lab, "user0001", 2);

        _lab.Mutate(x => MailboxCmdlets.Set(x, new SetMailboxArgs("user0001", "DB03")));

        Assert.Empty(_lab.Read(TransportQueue.All));
        var stats = _lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs("user0001")).Single());
        Assert.Equal(("DB03", 2L), (stats.Database, stats.Store.ItemCount));
    }

    [Fact]
    public void Mail_to_a_mailbox_on_a_failed_server_waits_in_the_queue()
    {
        _lab.Mutate(x => Faults.Failures.FailServer(x, "EX02"));

        var outcome = Assert.Single(Mailer.Send(_lab.Lab, "user0002", 1));

        Assert.Equal("server EX02 is down", outcome.QueuedBecause);
    }

    [Fact]
    public void Delivered_mail_is_written_to_the_transaction_log_of_the_database()
    {
        var mailbox = _lab.Read(x => MailboxDirectory.Find(x, "user0001", Mailbox.AnyType));

        var outcome = Assert.Single(Mailer.Send(_lab.Lab, "user0001", 1));

        var logged = _lab.Read(x => x.Sql.Scalar<long>(
            "SELECT COUNT(*) FROM log_records WHERE item_id = $i AND mailbox_guid = $m",
            new Store.Arg("$i", outcome.ItemId), new Store.Arg("$m", mailbox.ExchangeGuid)));
        Assert.Equal(1, logged);
    }

    [Fact]
    public void A_full_log_generation_is_closed_under_its_numbered_name()
    {
        Mailer.Send(_lab.Lab, "user0001", 80);

        var logs = _lab.Read(x => ServerDisk.List(x, "EX01", @"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB01")
            .Select(e => e.Name).ToList());
        Assert.Contains("E00.log", logs);
        Assert.Contains("E00.chk", logs);
        Assert.Contains("E0000000001.log", logs);
        Assert.Contains("E0000000002.log", logs);
    }

    public void Dispose() => _lab.Dispose();
}
